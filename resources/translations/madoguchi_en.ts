<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
  <context>
    <name>ApprovalPanel</name>
    <message>
      <source>提出が止まっている受付が %1 件あります → 確認して差し戻す</source>
      <translation>%1 visit(s) stuck in 'submitted' → review and return them</translation>
    </message>
  </context>
  <context>
    <name>ApprovalQueueModel</name>
    <message>
      <source>1分未満</source>
      <translation>under 1 min</translation>
    </message>
    <message>
      <source>%1分</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>%1時間%2分</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1日%2時間</source>
      <translation>%1 d %2 h</translation>
    </message>
    <message>
      <source>（氏名なし）</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <source>（未選択）</source>
      <translation>(not chosen)</translation>
    </message>
    <message>
      <source>第%1版</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <source>（再提出）</source>
      <translation> (resubmitted)</translation>
    </message>
    <message>
      <source>決裁できます</source>
      <translation>Can decide</translation>
    </message>
    <message>
      <source>自分の提出（他の審査者へ）</source>
      <translation>Own submission (for another supervisor)</translation>
    </message>
    <message>
      <source>差戻し後の再提出です</source>
      <translation>Resubmitted after being returned</translation>
    </message>
    <message>
      <source>提出: %1</source>
      <translation>Submitted: %1</translation>
    </message>
    <message>
      <source>受付番号 %1</source>
      <translation>Visit no. %1</translation>
    </message>
    <message>
      <source>住民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <source>ご用件</source>
      <translation>Life event</translation>
    </message>
    <message>
      <source>受付窓口</source>
      <translation>Counter</translation>
    </message>
    <message>
      <source>提出者</source>
      <translation>Submitted by</translation>
    </message>
    <message>
      <source>待ち時間</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>版</source>
      <translation>Rev.</translation>
    </message>
    <message>
      <source>決裁</source>
      <translation>Approval</translation>
    </message>
  </context>
  <context>
    <name>ApprovalQueuePage</name>
    <message>
      <source>決裁待ち一覧</source>
      <translation>Approval queue</translation>
    </message>
    <message>
      <source>待ち時間の長い順です。↑↓で選び、Enterで審査を開きます。Ctrl+Rで一覧を更新します。</source>
      <translation>Longest waiting first. Choose with ↑↓, Enter opens the review, Ctrl+R refreshes the list.</translation>
    </message>
    <message>
      <source>一覧を更新 (Ctrl+R)</source>
      <translation>Refresh (Ctrl+R)</translation>
    </message>
    <message>
      <source>審査を開く (Enter)</source>
      <translation>Open review (Enter)</translation>
    </message>
    <message>
      <source>読み込み中…</source>
      <translation>Loading…</translation>
    </message>
    <message numerus="yes">
      <source>決裁待ち %n 件</source>
      <translation>
        <numerusform>%n request waiting</numerusform>
        <numerusform>%n requests waiting</numerusform>
      </translation>
    </message>
    <message>
      <source>決裁待ちの申請はありません。</source>
      <translation>No requests are waiting for approval.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalReviewPage</name>
    <message>
      <source>決裁の審査</source>
      <translation>Approval review</translation>
    </message>
    <message>
      <source>申請書(&amp;F)</source>
      <translation>&amp;Forms</translation>
    </message>
    <message>
      <source>手続き(&amp;P)</source>
      <translation>&amp;Procedures</translation>
    </message>
    <message>
      <source>&lt;span style='background:%1'&gt;　黄色　&lt;/span&gt;は、職員が事前入力された値から変更した項目と、職員が追加した手続きです。出典: カード／住民記録／職員入力／住民の回答／自動算出</source>
      <translation>&lt;span style='background:%1'&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt; marks values the clerk changed from the pre-filled ones and procedures the clerk added. Sources: card / registry / clerk / answer / derived</translation>
    </message>
    <message>
      <source>コメント(&amp;C)（差戻しの場合は必須）</source>
      <translation>&amp;Comment (required to return)</translation>
    </message>
    <message>
      <source>← 一覧へ戻る (Esc)</source>
      <translation>← Back to the queue (Esc)</translation>
    </message>
    <message>
      <source>差戻し (Alt+R)</source>
      <translation>Return (Alt+R)</translation>
    </message>
    <message>
      <source>承認 (Alt+A)</source>
      <translation>Approve (Alt+A)</translation>
    </message>
    <message>
      <source>申請書を選ぶと、ここに印刷イメージが表示されます。</source>
      <translation>Choose a form to see it here as it will print.</translation>
    </message>
    <message>
      <source>この来庁記録は決裁に回されていません。一覧へ戻って更新してください。</source>
      <translation>This visit was not submitted for approval. Go back to the queue and refresh.</translation>
    </message>
    <message>
      <source>（変更 %1 件）</source>
      <translation> (%1 changed)</translation>
    </message>
    <message>
      <source>読み込み中…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>受付番号 %1 ／ 第%2版 ／ 提出: %3（%4） ／ 状態: %5</source>
      <translation>Visit %1 / revision %2 / submitted: %3 (%4) / state: %5</translation>
    </message>
    <message>
      <source>（職員が追加：%1）</source>
      <translation> (added by clerk: %1)</translation>
    </message>
    <message>
      <source>%1 %2（%3）</source>
      <translation>%1 %2 (%3)</translation>
    </message>
    <message>
      <source>：%1</source>
      <translation>: %1</translation>
    </message>
    <message>
      <source>経過: </source>
      <translation>History: </translation>
    </message>
    <message>
      <source> ／ </source>
      <translation> / </translation>
    </message>
    <message>
      <source>承認しました。</source>
      <translation>Approved.</translation>
    </message>
    <message>
      <source>差し戻しました。</source>
      <translation>Returned.</translation>
    </message>
    <message>
      <source>未提出</source>
      <translation>Not submitted</translation>
    </message>
    <message>
      <source>決裁待ち</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>承認済み</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>差戻し</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>提出</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>再提出</source>
      <translation>Resubmitted</translation>
    </message>
    <message>
      <source>承認</source>
      <translation>Approved</translation>
    </message>
  </context>
  <context>
    <name>CandidateModel</name>
    <message>
      <source>個人番号で一致</source>
      <translation>My Number matches</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Kana</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <source>性別</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>一致度</source>
      <translation>Match</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>不明</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>個人番号が一致</source>
      <translation>My Number matches</translation>
    </message>
    <message>
      <source>氏名が一致</source>
      <translation>Name matches</translation>
    </message>
    <message>
      <source>氏名が一致（全角・半角/空白の違いを同一視）</source>
      <translation>Name matches (ignoring full/half width and spaces)</translation>
    </message>
    <message>
      <source>氏名が一致（{pairs} を同一視）</source>
      <translation>Name matches (treating {pairs} as the same)</translation>
    </message>
    <message>
      <source>氏名が一致（表記ゆれを同一視）</source>
      <translation>Name matches (ignoring spelling variants)</translation>
    </message>
    <message>
      <source>通称が一致</source>
      <translation>Alias matches</translation>
    </message>
    <message>
      <source>氏名が一致（姓名の順序違い）</source>
      <translation>Name matches (surname and given name swapped)</translation>
    </message>
    <message>
      <source>振り仮名が一致（氏名はカナで入力）</source>
      <translation>Reading matches (name typed in kana)</translation>
    </message>
    <message>
      <source>振り仮名が一致（氏名の漢字は相違）</source>
      <translation>Reading matches (kanji differ)</translation>
    </message>
    <message>
      <source>氏名が類似（一致度{percent}%）</source>
      <translation>Name similar ({percent}% alike)</translation>
    </message>
    <message>
      <source>氏名が相違</source>
      <translation>Name differs</translation>
    </message>
    <message>
      <source>生年月日が一致</source>
      <translation>Birth date matches</translation>
    </message>
    <message>
      <source>生年月日が相違</source>
      <translation>Birth date differs</translation>
    </message>
    <message>
      <source>住所が一致</source>
      <translation>Address matches</translation>
    </message>
    <message>
      <source>住所が一致（方書の記載なし）</source>
      <translation>Address matches (no building/room given)</translation>
    </message>
    <message>
      <source>住所は方書のみ相違</source>
      <translation>Address differs only in building/room</translation>
    </message>
    <message>
      <source>住所は方書の書き方のみ相違</source>
      <translation>Address differs only in how building/room is written</translation>
    </message>
    <message>
      <source>住所は町字まで一致（番地が相違）</source>
      <translation>Address matches up to the district (block number differs)</translation>
    </message>
    <message>
      <source>住所が相違</source>
      <translation>Address differs</translation>
    </message>
    <message>
      <source>性別が相違</source>
      <translation>Sex differs</translation>
    </message>
    <message>
      <source>死亡により消除済み</source>
      <translation>Removed (deceased)</translation>
    </message>
    <message>
      <source>転出済み</source>
      <translation>Moved out</translation>
    </message>
    <message>
      <source>消除済み</source>
      <translation>Removed from the registry</translation>
    </message>
    <message>
      <source>最新の全件データに載っていない</source>
      <translation>Not in the latest full export</translation>
    </message>
  </context>
  <context>
    <name>CardControls</name>
    <message>
      <source>リーダーにあるカード</source>
      <translation>Card in the reader</translation>
    </message>
    <message>
      <source>模擬カード（&amp;K）</source>
      <translation>Simulated card (&amp;K)</translation>
    </message>
    <message>
      <source>カードを置く (Enter)</source>
      <translation>Place card (Enter)</translation>
    </message>
    <message>
      <source>今すぐカードを抜く (Ctrl+Del)</source>
      <translation>Pull the card now (Ctrl+Del)</translation>
    </message>
    <message>
      <source>障害を入れる（暗証番号の入力中・読み取り中も可）</source>
      <translation>Inject a fault (also while the PIN is typed or the card is read)</translation>
    </message>
    <message>
      <source>障害を解除(&amp;0)</source>
      <translation>Clear faults (&amp;0)</translation>
    </message>
    <message>
      <source>「%1」のカードを置きました。</source>
      <translation>Placed the card of "%1".</translation>
    </message>
    <message>
      <source>カードを抜きました。</source>
      <translation>Card pulled.</translation>
    </message>
    <message>
      <source>障害「%1」を入れました。</source>
      <translation>Fault "%1" injected.</translation>
    </message>
    <message>
      <source>障害を解除しました（使った暗証番号の回数は戻りません）。</source>
      <translation>Faults cleared (PIN tries already spent stay spent).</translation>
    </message>
    <message>
      <source>カードなし</source>
      <translation>No card</translation>
    </message>
    <message>
      <source>暗証番号 —</source>
      <translation>PIN —</translation>
    </message>
    <message>
      <source>ペルソナにないカード</source>
      <translation>A card no persona describes</translation>
    </message>
    <message>
      <source>暗証番号 %1</source>
      <translation>PIN %1</translation>
    </message>
    <message numerus="yes">
      <source>残り %n 回</source>
      <translation>
        <numerusform>%n try left</numerusform>
        <numerusform>%n tries left</numerusform>
      </translation>
    </message>
    <message>
      <source>ロック中</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>障害: %1</source>
      <translation>Faults: %1</translation>
    </message>
    <message>
      <source>次の暗証番号を誤りにする</source>
      <translation>Make the next PIN wrong</translation>
    </message>
    <message>
      <source>暗証番号の残りを1回にする</source>
      <translation>Leave one PIN try</translation>
    </message>
    <message>
      <source>暗証番号をロックする</source>
      <translation>Lock the PIN</translation>
    </message>
    <message>
      <source>読み取りの途中でカードが離れる</source>
      <translation>Card leaves in the middle of the read</translation>
    </message>
    <message>
      <source>カードの応答を遅くする</source>
      <translation>Make the card slow</translation>
    </message>
    <message>
      <source>マイナンバーカード以外にする</source>
      <translation>Make it not a My Number card</translation>
    </message>
    <message>
      <source>カードのデータが壊れている</source>
      <translation>Card data broken</translation>
    </message>
  </context>
  <context>
    <name>CardPage</name>
    <message>
      <source>1. カードの読み取り</source>
      <translation>1. Read the card</translation>
    </message>
    <message>
      <source>住民の方のマイナンバーカードをリーダーに置いてください。
置くと暗証番号の入力画面が開きます。</source>
      <translation>Place the resident's My Number card on the reader.
The PIN pad opens when the card is detected.</translation>
    </message>
    <message>
      <source>カードなしで受付（住民記録を検索）(&amp;N)</source>
      <translation>Start with &amp;no card (search the registry)</translation>
    </message>
    <message>
      <source>保存されている受付（再開できます）(&amp;O)</source>
      <translation>&amp;Open visits (saved, can be resumed)</translation>
    </message>
    <message>
      <source>選択した受付を再開(&amp;R)</source>
      <translation>&amp;Resume the selected visit</translation>
    </message>
    <message>
      <source>カード読み取り前</source>
      <translation>Card not read</translation>
    </message>
    <message>
      <source>本人確認中</source>
      <translation>Identifying</translation>
    </message>
    <message>
      <source>本人確認済み</source>
      <translation>Identified</translation>
    </message>
    <message>
      <source>手続き選択中</source>
      <translation>Choosing procedures</translation>
    </message>
    <message>
      <source>申請書確認中</source>
      <translation>Reviewing forms</translation>
    </message>
    <message>
      <source>印刷待ち</source>
      <translation>Ready to print</translation>
    </message>
    <message>
      <source>決裁待ち</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>決裁済み</source>
      <translation>Approved</translation>
    </message>
  </context>
  <context>
    <name>CardStatusLabel</name>
    <message>
      <source>カードリーダーがありません</source>
      <translation>No card reader</translation>
    </message>
    <message>
      <source>カード待ち：カードをリーダーに置いてください</source>
      <translation>Waiting: place the card on the reader</translation>
    </message>
    <message>
      <source>カードがあります</source>
      <translation>Card present</translation>
    </message>
    <message>
      <source>読み取り中：カードを動かさないでください</source>
      <translation>Reading: do not move the card</translation>
    </message>
    <message>
      <source>カードエラー</source>
      <translation>Card error</translation>
    </message>
    <message>
      <source>%1：%2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>ChangeTableModel</name>
    <message>
      <source>・</source>
      <translation>, </translation>
    </message>
    <message>
      <source>行番号</source>
      <translation>Line</translation>
    </message>
    <message>
      <source>宛名番号</source>
      <translation>Addressee no.</translation>
    </message>
    <message>
      <source>区分</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>変わった項目</source>
      <translation>What changed</translation>
    </message>
    <message>
      <source>新規</source>
      <translation>New</translation>
    </message>
    <message>
      <source>変更</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>状態の変更</source>
      <translation>Status changed</translation>
    </message>
  </context>
  <context>
    <name>CounterApprovalDialog</name>
    <message>
      <source>決裁（この窓口で）</source>
      <translation>Approval (at this counter)</translation>
    </message>
    <message>
      <source>審査者がご自分の職員名とパスワードでサインインしてください。サインインすると、決裁一覧と同じ審査画面（申請書・出典・変更点）が開きます。</source>
      <translation>The supervisor signs in with their own staff name and password. The same review as in the approval queue opens (forms, sources, changes).</translation>
    </message>
    <message>
      <source>審査者名(&amp;N)</source>
      <translation>Supervisor &amp;name</translation>
    </message>
    <message>
      <source>パスワード(&amp;P)</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <source>閉じる (Esc)</source>
      <translation>Close (Esc)</translation>
    </message>
    <message>
      <source>サインインして審査する</source>
      <translation>Sign in and review</translation>
    </message>
    <message>
      <source>決裁（この窓口で） — 審査者: %1</source>
      <translation>Approval (at this counter) — supervisor: %1</translation>
    </message>
  </context>
  <context>
    <name>DecisionBanner</name>
    <message>
      <source>受付</source>
      <translation>Visit</translation>
    </message>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>差し戻されました: %1 — 審査者 %2（%3）</source>
      <translation>Returned: %1 — supervisor %2 (%3)</translation>
    </message>
    <message>
      <source>コメント: </source>
      <translation>Comment: </translation>
    </message>
    <message>
      <source>承認されました: %1 — 審査者 %2（%3）。印刷できます。</source>
      <translation>Approved: %1 — supervisor %2 (%3). You can print.</translation>
    </message>
  </context>
  <context>
    <name>DecisionRow</name>
    <message>
      <source>開いて直す</source>
      <translation>Open and correct</translation>
    </message>
    <message>
      <source>開く</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>閉じる</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>DemoCardBar</name>
    <message>
      <source>模擬カード</source>
      <translation>Simulated card</translation>
    </message>
    <message>
      <source>模擬カード: </source>
      <translation>Simulated card: </translation>
    </message>
    <message>
      <source>カードを置く (F5)</source>
      <translation>Place card (F5)</translation>
    </message>
    <message>
      <source>カードを取る (F6)</source>
      <translation>Remove card (F6)</translation>
    </message>
  </context>
  <context>
    <name>DraftFieldModel</name>
    <message>
      <source>保存されていません（もう一度確定してください）</source>
      <translation>Not saved (confirm it again)</translation>
    </message>
    <message>
      <source>変更前: </source>
      <translation>Before: </translation>
    </message>
    <message>
      <source>項目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>値</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>出典</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>確認事項</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>カード</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>住民記録</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>職員入力</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>住民の回答</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>自動算出</source>
      <translation>Derived</translation>
    </message>
    <message>
      <source>未入力</source>
      <translation>Empty</translation>
    </message>
    <message>
      <source>事務処理欄</source>
      <translation>Office use</translation>
    </message>
  </context>
  <context>
    <name>DuplicatePairModel</name>
    <message>
      <source>生年月日不詳</source>
      <translation>date of birth unknown</translation>
    </message>
    <message>
      <source>　個人番号あり</source>
      <translation>  My Number linked</translation>
    </message>
    <message>
      <source>宛名番号 %1
%2（%3）
%4　%5　%6%7
%8</source>
      <translation>Resident no. %1
%2 (%3)
%4  %5  %6%7
%8</translation>
    </message>
    <message>
      <source>評価</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>宛名 A</source>
      <translation>Record A</translation>
    </message>
    <message>
      <source>宛名 B</source>
      <translation>Record B</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <source>判定</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>同一人</source>
      <translation>Same person</translation>
    </message>
    <message>
      <source>別人</source>
      <translation>Different people</translation>
    </message>
    <message>
      <source>未判定</source>
      <translation>Undecided</translation>
    </message>
  </context>
  <context>
    <name>DuplicateReviewPage</name>
    <message>
      <source>名寄せ（同一人の可能性がある宛名）</source>
      <translation>Duplicate records (addressee records that may be one person)</translation>
    </message>
    <message>
      <source>全件を照合</source>
      <translation>Check all records</translation>
    </message>
    <message>
      <source>中止</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>評価</source>
      <translation>Score</translation>
    </message>
    <message>
      <source> 以上</source>
      <translation> or more</translation>
    </message>
    <message>
      <source>判定済みも表示</source>
      <translation>Show decided pairs</translation>
    </message>
    <message>
      <source>前のページ</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>次のページ</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>同一人 (Ctrl+S)</source>
      <translation>Same person (Ctrl+S)</translation>
    </message>
    <message>
      <source>別人 (Ctrl+D)</source>
      <translation>Different people (Ctrl+D)</translation>
    </message>
    <message>
      <source>判定を取り消す (Ctrl+Z)</source>
      <translation>Undo decision (Ctrl+Z)</translation>
    </message>
    <message>
      <source>まだ照合していません。「全件を照合」を押してください。</source>
      <translation>No check has been run yet. Press "Check all records".</translation>
    </message>
    <message>
      <source>候補 %1 組（照合 %2）</source>
      <translation>%1 candidate pairs (checked %2)</translation>
    </message>
    <message>
      <source>照合中… %1 人</source>
      <translation>Checking… %1 residents</translation>
    </message>
    <message>
      <source>照合を中止しました（前回の候補はそのまま）。</source>
      <translation>Check cancelled (the previous candidates are kept).</translation>
    </message>
    <message>
      <source>名寄せ</source>
      <translation>Duplicate records</translation>
    </message>
  </context>
  <context>
    <name>ErrorCatalog</name>
    <message>
      <source>カードの読み取り中にエラーが発生しました。</source>
      <translation>An error occurred while reading the card.</translation>
    </message>
    <message>
      <source>カードリーダーが見つかりません。接続を確認してください。</source>
      <translation>No card reader found. Check the connection.</translation>
    </message>
    <message>
      <source>カードリーダー「{reader}」が見つかりません。</source>
      <translation>Card reader "{reader}" not found.</translation>
    </message>
    <message>
      <source>他のアプリがカードを使用中です。</source>
      <translation>Another application is using the card.</translation>
    </message>
    <message>
      <source>カードリーダーのサービスが動いていません。</source>
      <translation>The card reader service is not running.</translation>
    </message>
    <message>
      <source>カードが置かれていません。</source>
      <translation>No card on the reader.</translation>
    </message>
    <message>
      <source>カードが離れました。</source>
      <translation>The card was moved away from the reader.</translation>
    </message>
    <message>
      <source>マイナンバーカードではないか、正しく置かれていません。</source>
      <translation>Not a My Number card, or not placed correctly.</translation>
    </message>
    <message>
      <source>暗証番号が違います。残り {tries_left} 回で窓口でのロック解除が必要になります。</source>
      <translation>Wrong PIN. After {tries_left} more wrong tries the card must be unlocked at the counter.</translation>
    </message>
    <message>
      <source>暗証番号がロックされています。</source>
      <translation>The PIN is locked.</translation>
    </message>
    <message>
      <source>暗証番号の残り回数が {tries_left} 回です。間違えるとロックされます。</source>
      <translation>{tries_left} PIN tries left. A wrong PIN locks the card.</translation>
    </message>
    <message>
      <source>暗証番号は数字4桁です（カードには送信していません）。</source>
      <translation>The PIN is 4 digits (nothing was sent to the card).</translation>
    </message>
    <message>
      <source>カードの内容を正しく読み取れませんでした。</source>
      <translation>The card data could not be read correctly.</translation>
    </message>
    <message>
      <source>カードとの通信でエラーが発生しました。</source>
      <translation>An error occurred while communicating with the card.</translation>
    </message>
    <message>
      <source>カードの認証が完了していません。</source>
      <translation>The card has not been authenticated.</translation>
    </message>
    <message>
      <source>模擬カードのペルソナ「{persona}」はありません。</source>
      <translation>There is no simulated-card persona "{persona}".</translation>
    </message>
    <message>
      <source>PC/SC の試験用サービスを起動できません（{why}）。</source>
      <translation>Cannot start the PC/SC test service ({why}).</translation>
    </message>
    <message>
      <source>続柄を住民票の書き方にできません。</source>
      <translation>The relationship cannot be written the way the residence record writes it.</translation>
    </message>
    <message>
      <source>続柄が空欄です。</source>
      <translation>The relationship is blank.</translation>
    </message>
    <message>
      <source>「{term}」は住民票の続柄ではありません。</source>
      <translation>"{term}" is not a residence-record relationship.</translation>
    </message>
    <message>
      <source>「{term}」は住民票で使わない続柄です。</source>
      <translation>"{term}" is a relationship the residence record does not use.</translation>
    </message>
    <message>
      <source>和暦で表せない日付です。</source>
      <translation>This date cannot be written in the Japanese era calendar.</translation>
    </message>
    <message>
      <source>明治より前の日付は和暦で印刷できません。</source>
      <translation>Dates before the Meiji era cannot be printed in the Japanese era calendar.</translation>
    </message>
    <message>
      <source>元号が正しくありません。</source>
      <translation>The era name is wrong.</translation>
    </message>
    <message>
      <source>{era}にその日付はありません。</source>
      <translation>{era} has no such date.</translation>
    </message>
    <message>
      <source>印刷用のフォント（{font}）がインストールされていません。</source>
      <translation>The printing font ({font}) is not installed.</translation>
    </message>
    <message>
      <source>申請書の定義ファイルに誤りがあります（{why}）。</source>
      <translation>A form definition file has an error ({why}).</translation>
    </message>
    <message>
      <source>手続きの判定ルールに誤りがあります（{why}）。</source>
      <translation>The procedure rules have an error ({why}).</translation>
    </message>
    <message>
      <source>シナリオファイルの {key} が正しくありません。</source>
      <translation>{key} in the scenario file is wrong.</translation>
    </message>
    <message>
      <source>シナリオの {key} はオブジェクト（{{...}}）で指定してください。</source>
      <translation>Scenario {key} must be an object ({{...}}).</translation>
    </message>
    <message>
      <source>シナリオの {key} は未知のキーです。</source>
      <translation>Scenario {key} is an unknown key.</translation>
    </message>
    <message>
      <source>シナリオの {key} は YYYY-MM-DD 形式の実在する日付で指定してください。</source>
      <translation>Scenario {key} must be a real date as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>シナリオの {key} は必須です。</source>
      <translation>Scenario {key} is required.</translation>
    </message>
    <message>
      <source>シナリオの {key} は住民票の続柄ではありません。</source>
      <translation>Scenario {key} is not a residence-record relationship.</translation>
    </message>
    <message>
      <source>シナリオの {key} は {expected} のどれかです。</source>
      <translation>Scenario {key} must be one of {expected}.</translation>
    </message>
    <message>
      <source>シナリオの {key} は12桁の数字（文字列）で指定してください。</source>
      <translation>Scenario {key} must be 12 digits (as a string).</translation>
    </message>
    <message>
      <source>シナリオの {key} は true / false で指定してください。</source>
      <translation>Scenario {key} must be true or false.</translation>
    </message>
    <message>
      <source>シナリオの {key} は一覧（[...]）で指定してください。</source>
      <translation>Scenario {key} must be a list ([...]).</translation>
    </message>
    <message>
      <source>シナリオの {key} は1以上の整数です。</source>
      <translation>Scenario {key} must be a whole number of 1 or more.</translation>
    </message>
    <message>
      <source>シナリオの {key} は 1=男 2=女 (0/9=不明) です。</source>
      <translation>Scenario {key} is 1 = male, 2 = female (0/9 = unknown).</translation>
    </message>
    <message>
      <source>シナリオの {key} は宛名番号を文字列で指定してください。</source>
      <translation>Scenario {key} must be a resident number (atena number) as a string.</translation>
    </message>
    <message>
      <source>シナリオには card.name か resident_id のどちらかが必要です。</source>
      <translation>A scenario needs either card.name or resident_id.</translation>
    </message>
    <message>
      <source>このご用件のシナリオには {key} が必須です。</source>
      <translation>A scenario for this life event needs {key}.</translation>
    </message>
    <message>
      <source>シナリオファイルを読めません（{reason}）。</source>
      <translation>Cannot read the scenario file ({reason}).</translation>
    </message>
    <message>
      <source>シナリオファイルの JSON の形式が正しくありません（{line}行 {column}列）。</source>
      <translation>The scenario file is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
      <source>シナリオの宛名番号の住民はデータベースにいません。</source>
      <translation>The scenario's resident number is not in the database.</translation>
    </message>
    <message>
      <source>同じ番号の住民記録がすでにあります。</source>
      <translation>A registry record with the same number already exists.</translation>
    </message>
    <message>
      <source>同じ宛名番号の住民記録がすでにあります。</source>
      <translation>A registry record with the same resident number (atena number) already exists.</translation>
    </message>
    <message>
      <source>同じ世帯番号の世帯がすでにあります。</source>
      <translation>A household with the same household number already exists.</translation>
    </message>
    <message>
      <source>その宛名番号の住民はいません。</source>
      <translation>There is no resident with that resident number.</translation>
    </message>
    <message>
      <source>この住民の個人番号は登録されていません。</source>
      <translation>No My Number is registered for this resident.</translation>
    </message>
    <message>
      <source>個人番号が正しくありません。</source>
      <translation>The My Number is not valid.</translation>
    </message>
    <message>
      <source>個人番号は12桁の数字です。</source>
      <translation>A My Number is 12 digits.</translation>
    </message>
    <message>
      <source>個人番号のチェックデジットが一致しません。</source>
      <translation>The My Number check digit does not match.</translation>
    </message>
    <message>
      <source>個人番号の暗号鍵ファイルを使えません（{path}）。</source>
      <translation>Cannot use the My Number key file ({path}).</translation>
    </message>
    <message>
      <source>個人番号の暗号鍵ファイルの権限が広すぎます（{mode}）: {path}</source>
      <translation>The My Number key file is readable by too many users ({mode}): {path}</translation>
    </message>
    <message>
      <source>個人番号の暗号鍵ファイルの形式が正しくありません: {path}</source>
      <translation>The My Number key file has the wrong format: {path}</translation>
    </message>
    <message>
      <source>個人番号の暗号鍵ファイルの長さが正しくありません: {path}</source>
      <translation>The My Number key file has the wrong length: {path}</translation>
    </message>
    <message>
      <source>申請書のページを画像にできません。</source>
      <translation>The form pages cannot be rendered as images.</translation>
    </message>
    <message>
      <source>申請書のPDFを読み取れません（{reason}）。</source>
      <translation>The forms PDF cannot be read ({reason}).</translation>
    </message>
    <message>
      <source>申請書に {page} ページ目はありません（全 {pages} ページ）。</source>
      <translation>The forms have no page {page} ({pages} pages in all).</translation>
    </message>
    <message>
      <source>ページが大きすぎて画像にできません。</source>
      <translation>The page is too large to render as an image.</translation>
    </message>
    <message>
      <source>印刷を始められませんでした。</source>
      <translation>Printing could not start.</translation>
    </message>
    <message>
      <source>プリンター（または保存先のファイル）が印刷を受け付けませんでした。</source>
      <translation>The printer (or the output file) did not accept the job.</translation>
    </message>
    <message>
      <source>プリンターの印刷待ち（キュー）が印刷を受け付けませんでした。</source>
      <translation>The printer queue did not accept the job.</translation>
    </message>
    <message>
      <source>印刷の仕組み（CUPS）に接続できません。</source>
      <translation>Cannot connect to the print system (CUPS).</translation>
    </message>
    <message>
      <source>PDFを保存できませんでした（{reason}）。</source>
      <translation>The PDF could not be saved ({reason}).</translation>
    </message>
    <message>
      <source>その受付は見つかりません。</source>
      <translation>That visit cannot be found.</translation>
    </message>
    <message>
      <source>今の段階ではその操作はできません。</source>
      <translation>That cannot be done at this step.</translation>
    </message>
    <message>
      <source>まだ次へ進めません。</source>
      <translation>You cannot go on yet.</translation>
    </message>
    <message>
      <source>この操作はできません。</source>
      <translation>This cannot be done.</translation>
    </message>
    <message>
      <source>その住民は候補にありません。</source>
      <translation>That resident is not among the candidates.</translation>
    </message>
    <message>
      <source>この記録は死亡・転出・消除の記録で、窓口に来られた方として選べません。</source>
      <translation>This is a deceased, moved-out or removed record and cannot be chosen as the person at the counter.</translation>
    </message>
    <message>
      <source>世帯員の氏名が入っていません。</source>
      <translation>A household member's name is missing.</translation>
    </message>
    <message>
      <source>ご用件が選ばれていません。</source>
      <translation>No life event has been chosen.</translation>
    </message>
    <message>
      <source>手続きを変えるには理由が必要です。</source>
      <translation>Changing the procedures needs a reason.</translation>
    </message>
    <message>
      <source>その手続きは一覧にありません。</source>
      <translation>That procedure is not in the list.</translation>
    </message>
    <message>
      <source>手続きが1件も選ばれていません。</source>
      <translation>No procedure is selected.</translation>
    </message>
    <message>
      <source>この段階では申請書を修正できません。</source>
      <translation>The forms cannot be edited at this step.</translation>
    </message>
    <message>
      <source>差し戻しにはコメントが必要です。</source>
      <translation>Returning needs a comment.</translation>
    </message>
    <message>
      <source>回答が足りない項目、または書式の違う項目が {count} 件あります。</source>
      <translation>{count} answers are missing or in the wrong format.</translation>
    </message>
    <message>
      <source>この操作を行う権限がありません。</source>
      <translation>You are not permitted to do this.</translation>
    </message>
    <message>
      <source>職員アカウントの処理に失敗しました。</source>
      <translation>The staff account could not be processed.</translation>
    </message>
    <message>
      <source>職員名に使えない文字が含まれています（見えない文字・向きを変える制御文字・空白・英数字とかな漢字以外の文字は使えません）。</source>
      <translation>The staff name contains characters that cannot be used (invisible characters, direction controls, spaces, and anything other than letters, digits, kana and kanji).</translation>
    </message>
    <message>
      <source>管理者はすでに登録されています（初回設定は済んでいます）。</source>
      <translation>An administrator is already registered (first-time setup is done).</translation>
    </message>
    <message>
      <source>新しいパスワードが今のパスワードと同じです。</source>
      <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
      <source>職員名またはパスワードが違います。</source>
      <translation>Wrong staff name or password.</translation>
    </message>
    <message>
      <source>失敗が続いたためアカウントがロックされました。</source>
      <translation>The account is locked after too many failed attempts.</translation>
    </message>
    <message>
      <source>このアカウントは無効です。</source>
      <translation>This account is disabled.</translation>
    </message>
    <message>
      <source>パスワードは8文字以上で、職員名と異なるものにしてください。</source>
      <translation>The password needs at least 8 characters and must differ from the staff name.</translation>
    </message>
    <message>
      <source>同じ職員名がすでに登録されています。</source>
      <translation>That staff name is already registered.</translation>
    </message>
    <message>
      <source>その職員は登録されていません。</source>
      <translation>That staff member is not registered.</translation>
    </message>
    <message>
      <source>パスワードを読み取れませんでした。</source>
      <translation>The password could not be read.</translation>
    </message>
    <message>
      <source>標準入力の1行目にパスワードがありません。</source>
      <translation>There is no password on the first line of standard input.</translation>
    </message>
    <message>
      <source>2回の入力が一致しません。</source>
      <translation>The two entries do not match.</translation>
    </message>
    <message>
      <source>この来庁記録は決裁に回されていません。</source>
      <translation>This visit has not been submitted for approval.</translation>
    </message>
    <message>
      <source>決裁できません。</source>
      <translation>It cannot be approved.</translation>
    </message>
    <message>
      <source>この状態ではその操作はできません。</source>
      <translation>That cannot be done in this state.</translation>
    </message>
    <message>
      <source>自分が提出した申請は決裁できません。</source>
      <translation>You cannot approve a request you submitted yourself.</translation>
    </message>
    <message>
      <source>コメントを入力してください。</source>
      <translation>Enter a comment.</translation>
    </message>
    <message>
      <source>監査ログに書けない内容が渡されました（{what}）。</source>
      <translation>Something that must not go into the audit log was passed ({what}).</translation>
    </message>
    <message>
      <source>12桁の数字の並び（個人番号の可能性）は監査ログに書けません（{what}）。</source>
      <translation>A run of 12 digits (possibly a My Number) cannot go into the audit log ({what}).</translation>
    </message>
    <message>
      <source>監査ログには短い ID やコードだけを書きます（{what}）。</source>
      <translation>Only short IDs and codes go into the audit log ({what}).</translation>
    </message>
    <message>
      <source>監査ログの詳細に ID でない値が渡されました（{what}）。</source>
      <translation>A value that is not an ID was passed to the audit log details ({what}).</translation>
    </message>
    <message>
      <source>設定 {key} の値が正しくありません。</source>
      <translation>The value of setting {key} is not valid.</translation>
    </message>
    <message>
      <source>設定 {key} は on / off で指定してください。</source>
      <translation>Setting {key} must be on or off.</translation>
    </message>
    <message>
      <source>設定 {key} は整数で指定してください。</source>
      <translation>Setting {key} must be a whole number.</translation>
    </message>
    <message>
      <source>設定 {key} の値の種類が違います。</source>
      <translation>Setting {key} has the wrong type of value.</translation>
    </message>
    <message>
      <source>設定 {key} の値が範囲外です。</source>
      <translation>The value of setting {key} is out of range.</translation>
    </message>
    <message>
      <source>設定 {key} はありません。</source>
      <translation>There is no setting {key}.</translation>
    </message>
    <message>
      <source>設定 {key} は庁舎全体の設定です（データベースに保存）。</source>
      <translation>Setting {key} is an office-wide setting (stored in the database).</translation>
    </message>
    <message>
      <source>設定 {key} は庁舎全体の設定ではありません。</source>
      <translation>Setting {key} is not an office-wide setting.</translation>
    </message>
    <message>
      <source>先にカードを置いてください。</source>
      <translation>Place a card first.</translation>
    </message>
    <message>
      <source>その障害は用意されていません。</source>
      <translation>That fault is not available.</translation>
    </message>
    <message>
      <source>研修シナリオ {source} の {key} が正しくありません（{problem}）。</source>
      <translation>{key} in training scenario {source} is wrong ({problem}).</translation>
    </message>
    <message>
      <source>練習用データベースとして使えないファイルです。</source>
      <translation>This file cannot be used as a practice database.</translation>
    </message>
    <message>
      <source>練習用データベースはこの端末の SQLite ファイルだけです。</source>
      <translation>The practice database can only be this workstation's SQLite file.</translation>
    </message>
    <message>
      <source>練習用でないデータベースを初期化しようとしました。</source>
      <translation>An attempt was made to initialise a database that is not a practice database.</translation>
    </message>
    <message>
      <source>有効期間（valid_from / valid_to）が正しくありません（{where}）。</source>
      <translation>The validity period (valid_from / valid_to) is wrong ({where}).</translation>
    </message>
    <message>
      <source>日付が正しくありません（{where}）。</source>
      <translation>The date is wrong ({where}).</translation>
    </message>
    <message>
      <source>有効期間がありません（{where}）。</source>
      <translation>There is no validity period ({where}).</translation>
    </message>
    <message>
      <source>有効期間の開始が終了より後です（{where}）。</source>
      <translation>The validity period starts after it ends ({where}).</translation>
    </message>
    <message>
      <source>市独自の上書きフォルダを使えません（{path}）。</source>
      <translation>Cannot use the city's override folder ({path}).</translation>
    </message>
    <message>
      <source>市独自の上書きフォルダが見つかりません。</source>
      <translation>The city's override folder cannot be found.</translation>
    </message>
    <message>
      <source>上書きフォルダのファイル {path} を読めません。</source>
      <translation>Cannot read the override file {path}.</translation>
    </message>
    <message>
      <source>上書きフォルダのファイル {path} の JSON の形式が正しくありません（{why}）。</source>
      <translation>The override file {path} is not valid JSON ({why}).</translation>
    </message>
    <message>
      <source>上書きフォルダのファイル {path} はオブジェクト（{{...}}）で書いてください。</source>
      <translation>The override file {path} must contain an object ({{...}}).</translation>
    </message>
    <message>
      <source>ルール・手続き・様式の点検でエラーが {errors} 件見つかりました（注意 {warnings} 件）。</source>
      <translation>Checking the rules, procedures and forms found {errors} errors ({warnings} warnings).</translation>
    </message>
    <message>
      <source>サインインしていないため、この操作はできません。</source>
      <translation>You are not signed in, so this cannot be done.</translation>
    </message>
    <message>
      <source>このアカウントは無効にされたため、この操作はできません。</source>
      <translation>This account has been disabled, so this cannot be done.</translation>
    </message>
    <message>
      <source>役割が変更されたため、この操作はできなくなりました。</source>
      <translation>Your role has changed, so this can no longer be done.</translation>
    </message>
    <message>
      <source>「{command}」は職員としてサインインして実行する操作です。</source>
      <translation>"{command}" must be run by a signed-in member of staff.</translation>
    </message>
    <message>
      <source>登録済みの職員名と見分けにくい名前です（0とo、1とl、カと力 など）。</source>
      <translation>The name is easily confused with a registered staff name (0 and o, 1 and l, カ and 力 …).</translation>
    </message>
    <message>
      <source>最後の管理者は無効にしたり役割を変えたりできません。</source>
      <translation>The last administrator cannot be disabled or given another role.</translation>
    </message>
    <message>
      <source>このアカウントはパスワードの変更が必要です。</source>
      <translation>This account must change its password.</translation>
    </message>
    <message>
      <source>決裁が済んでいないため、正式な申請書は印刷できません。</source>
      <translation>Approval is not complete, so the final forms cannot be printed.</translation>
    </message>
    <message>
      <source>差し戻された申請は印刷できません。</source>
      <translation>A returned request cannot be printed.</translation>
    </message>
    <message>
      <source>この受付は提出待ちで止まってはいません。</source>
      <translation>This visit is not stuck waiting to be submitted.</translation>
    </message>
    <message>
      <source>暗号鍵ファイルがありません: {path}</source>
      <translation>Key file missing: {path}</translation>
    </message>
    <message>
      <source>暗号鍵ファイルがすでにあります: {path}</source>
      <translation>The key file already exists: {path}</translation>
    </message>
    <message>
      <source>このデータベースは既存の鍵で暗号化されていますが、鍵ファイルがありません: {path}</source>
      <translation>This database is encrypted with an existing key, but the key file is missing: {path}</translation>
    </message>
    <message>
      <source>この端末の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。</source>
      <translation>This workstation's key file ({path}) does not match this database's key.</translation>
    </message>
    <message>
      <source>この端末の個人番号の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。</source>
      <translation>This workstation's My Number key file ({path}) does not match this database's key. Cannot start.</translation>
    </message>
    <message>
      <source>この端末の監査ログの鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。</source>
      <translation>This workstation's audit log key file ({path}) does not match this database's key. Cannot start.</translation>
    </message>
    <message>
      <source>暗号鍵の切り替え（keys rotate）が途中のため起動できません。</source>
      <translation>Cannot start: a key rotation (keys rotate) is unfinished.</translation>
    </message>
    <message>
      <source>暗号鍵を切り替えられません。</source>
      <translation>The keys cannot be rotated.</translation>
    </message>
    <message>
      <source>このデータベースには鍵の確認値がまだありません。</source>
      <translation>This database has no key check value yet.</translation>
    </message>
    <message>
      <source>切り替え途中の新しい鍵ファイル（{path}）が、切り替えを始めたときの鍵と一致しません。</source>
      <translation>The new key file of the unfinished rotation ({path}) does not match the key the rotation started with.</translation>
    </message>
    <message>
      <source>監査ログに問題があります。</source>
      <translation>There is a problem with the audit log.</translation>
    </message>
    <message>
      <source>監査ログの先頭情報が削除されているため、記録を続けられません。</source>
      <translation>The audit log's head record has been deleted, so logging cannot continue.</translation>
    </message>
    <message>
      <source>監査ログの記録そのものが壊れているため、先頭情報を作り直せません（第 {seq} 件）。</source>
      <translation>The audit log records themselves are damaged, so the head record cannot be rebuilt (entry {seq}).</translation>
    </message>
    <message>
      <source>監査ログの先頭情報は失われていません。</source>
      <translation>The audit log's head record is not lost.</translation>
    </message>
    <message>
      <source>アンカーファイルを読めません: {path}</source>
      <translation>Cannot read the anchor file: {path}</translation>
    </message>
    <message>
      <source>アンカーファイル {path} の {line} 行目の形式が正しくありません。</source>
      <translation>Line {line} of the anchor file {path} has the wrong format.</translation>
    </message>
    <message>
      <source>アンカーファイル {path} が大きすぎます（{limit_mb} MB まで）。</source>
      <translation>The anchor file {path} is too large (at most {limit_mb} MB).</translation>
    </message>
    <message>
      <source>アンカーファイル {path} にアンカーがありません。</source>
      <translation>The anchor file {path} contains no anchor.</translation>
    </message>
    <message>
      <source>設定 {key} に制御文字・見えない文字・前後の空白は使えません。</source>
      <translation>Setting {key} cannot contain control characters, invisible characters or leading/trailing spaces.</translation>
    </message>
    <message>
      <source>設定 {key} に12桁の数字の並び（個人番号の可能性）は使えません。</source>
      <translation>Setting {key} cannot contain a run of 12 digits (possibly a My Number).</translation>
    </message>
    <message>
      <source>設定 {key} は手続きコードのカンマ区切り（例: juminhyo,seal_certificate）で指定してください。</source>
      <translation>Setting {key} must be procedure codes separated by commas (e.g. juminhyo,seal_certificate).</translation>
    </message>
    <message>
      <source>データベースのロールを設定できません。</source>
      <translation>The database roles cannot be set up.</translation>
    </message>
    <message>
      <source>`db roles` は PostgreSQL のデータベースだけに使います。</source>
      <translation>`db roles` is for PostgreSQL databases only.</translation>
    </message>
    <message>
      <source>ロール名 {role} は使えません（英小文字・数字・_ のみ）。</source>
      <translation>Role name {role} cannot be used (lower-case letters, digits and _ only).</translation>
    </message>
    <message>
      <source>ログインロール {role} はスーパーユーザーのため、権限で制限できません。</source>
      <translation>Login role {role} is a superuser, so its rights cannot be restricted.</translation>
    </message>
    <message>
      <source>所有者ロールとログインロールは別の名前にしてください。</source>
      <translation>The owner role and the login role need different names.</translation>
    </message>
    <message>
      <source>この接続ではロールの作成や所有者の変更ができません。</source>
      <translation>This connection cannot create roles or change owners.</translation>
    </message>
    <message>
      <source>データベースの URL が正しくありません。</source>
      <translation>The database URL is not valid.</translation>
    </message>
    <message>
      <source>データベースの URL の書き方が正しくありません。</source>
      <translation>The database URL is written incorrectly.</translation>
    </message>
    <message>
      <source>データベースの URL のドライバー（{scheme}）は使えません。</source>
      <translation>The database URL driver ({scheme}) cannot be used.</translation>
    </message>
    <message>
      <source>この種類のデータベース（{scheme}）には対応していません。</source>
      <translation>This type of database ({scheme}) is not supported.</translation>
    </message>
    <message>
      <source>データベース（{where}）に接続できません。</source>
      <translation>Cannot connect to the database ({where}).</translation>
    </message>
    <message>
      <source>データベースサーバー（{where}）が接続を受け付けません。</source>
      <translation>The database server ({where}) refuses the connection.</translation>
    </message>
    <message>
      <source>データベースサーバー（{where}）から応答がありません。</source>
      <translation>The database server ({where}) does not answer.</translation>
    </message>
    <message>
      <source>データベースサーバーのホスト名（{where}）が見つかりません。</source>
      <translation>The database server host name ({where}) cannot be found.</translation>
    </message>
    <message>
      <source>データベースサーバー（{where}）にログインできません（ユーザー名・パスワード・接続の許可）。</source>
      <translation>Cannot log in to the database server ({where}) (user name, password or connection permission).</translation>
    </message>
    <message>
      <source>データベースサーバーに、指定したデータベース（{where}）がありません。</source>
      <translation>The database server has no database {where}.</translation>
    </message>
    <message>
      <source>処理中にデータベース（{where}）との接続が切れました。</source>
      <translation>The connection to the database ({where}) was lost during the operation.</translation>
    </message>
    <message>
      <source>データベースのファイルがありません: {path}</source>
      <translation>The database file does not exist: {path}</translation>
    </message>
    <message>
      <source>データベースのファイルもフォルダもありません: {path}</source>
      <translation>Neither the database file nor its folder exists: {path}</translation>
    </message>
    <message>
      <source>データベースのファイルが壊れています: {path}</source>
      <translation>The database file is damaged: {path}</translation>
    </message>
    <message>
      <source>データベースのファイルではありません: {path}</source>
      <translation>This is not a database file: {path}</translation>
    </message>
    <message>
      <source>データベースのファイルが途中で切れています（コピーの中断など）: {path}</source>
      <translation>The database file is cut short (an interrupted copy?): {path}</translation>
    </message>
    <message>
      <source>データベースのファイルが壊れています（SQLite の検査で異常）: {path}</source>
      <translation>The database file is damaged (SQLite's check found errors): {path}</translation>
    </message>
    <message>
      <source>データベース（{where}）はまだ初期化されていません。</source>
      <translation>The database ({where}) has not been initialised yet.</translation>
    </message>
    <message>
      <source>このデータベースは新しい版の Madoguchi で作られています（スキーマ {version}）。この版では使えません。</source>
      <translation>This database was created by a newer version of Madoguchi (schema {version}). This version cannot use it.</translation>
    </message>
    <message>
      <source>データベースのスキーマが古いままです（{version}）。</source>
      <translation>The database schema is out of date ({version}).</translation>
    </message>
    <message>
      <source>データベースに書き込めません（読み取り専用の媒体か、書き込み権限がありません）: {path}</source>
      <translation>Cannot write to the database (read-only medium or no write permission): {path}</translation>
    </message>
    <message>
      <source>データベース（{where}）のディスクがいっぱいで書き込めません。</source>
      <translation>The disk of the database ({where}) is full.</translation>
    </message>
    <message>
      <source>データベース（{where}）を他の処理が使用中です。</source>
      <translation>The database ({where}) is in use by another process.</translation>
    </message>
    <message>
      <source>出力ファイルに書き込めません（{errno}）: {path}</source>
      <translation>Cannot write the output file ({errno}): {path}</translation>
    </message>
    <message>
      <source>出力先のフォルダがありません: {path}</source>
      <translation>The output folder does not exist: {path}</translation>
    </message>
    <message>
      <source>出力先がフォルダです（ファイル名を指定してください）: {path}</source>
      <translation>The output is a folder (give a file name): {path}</translation>
    </message>
    <message>
      <source>出力先に書き込む権限がありません: {path}</source>
      <translation>No permission to write the output: {path}</translation>
    </message>
    <message>
      <source>ディスクがいっぱいで出力ファイルを書けません: {path}</source>
      <translation>The disk is full; the output file cannot be written: {path}</translation>
    </message>
    <message>
      <source>出力先は読み取り専用です: {path}</source>
      <translation>The output location is read-only: {path}</translation>
    </message>
    <message>
      <source>出力ファイルの名前が長すぎるか、使えない文字を含みます: {path}</source>
      <translation>The output file name is too long or contains characters that cannot be used: {path}</translation>
    </message>
    <message>
      <source>結果を標準出力に書き込めません（{errno}）。</source>
      <translation>Cannot write the result to standard output ({errno}).</translation>
    </message>
    <message>
      <source>標準入力を文字として読めません（{encoding} ではありません）。</source>
      <translation>Cannot read standard input as text (it is not {encoding}).</translation>
    </message>
    <message>
      <source>シナリオファイルが大きすぎます（上限 {limit_kb} KB）。</source>
      <translation>The scenario file is too large (at most {limit_kb} KB).</translation>
    </message>
    <message>
      <source>シナリオファイルの入れ子が深すぎます（上限 {limit} 段）。</source>
      <translation>The scenario file is nested too deeply (at most {limit} levels).</translation>
    </message>
    <message>
      <source>シナリオファイルが UTF-8 のテキストではありません（{offset} バイト目）。</source>
      <translation>The scenario file is not UTF-8 text (byte {offset}).</translation>
    </message>
    <message>
      <source>シナリオファイルがありません。</source>
      <translation>The scenario file does not exist.</translation>
    </message>
    <message>
      <source>シナリオファイルを読む権限がありません。</source>
      <translation>No permission to read the scenario file.</translation>
    </message>
    <message>
      <source>シナリオに指定したのはフォルダです。</source>
      <translation>The scenario given is a folder.</translation>
    </message>
    <message>
      <source>シナリオの {key} は文字列（"..."）で指定してください。</source>
      <translation>Scenario {key} must be a string ("...").</translation>
    </message>
    <message>
      <source>シナリオの {key} が長すぎます（上限 {limit} 文字）。</source>
      <translation>Scenario {key} is too long (at most {limit} characters).</translation>
    </message>
    <message>
      <source>シナリオの {key} に使えない文字（制御文字や不正な文字）があります。</source>
      <translation>Scenario {key} contains characters that cannot be used (control or invalid characters).</translation>
    </message>
    <message>
      <source>シナリオの {key} は文字列の一覧（["...", ...]）で指定してください。</source>
      <translation>Scenario {key} must be a list of strings (["...", ...]).</translation>
    </message>
    <message>
      <source>シナリオの {key} の件数が多すぎます（上限 {limit} 件）。</source>
      <translation>Scenario {key} has too many entries (at most {limit}).</translation>
    </message>
    <message>
      <source>シナリオの {key} は {low} から {high} までの日付で指定してください。</source>
      <translation>Scenario {key} must be a date from {low} to {high}.</translation>
    </message>
    <message>
      <source>シナリオファイルに使えない数値があります（NaN、無限大、桁数が多すぎる数）。</source>
      <translation>The scenario file contains a number that cannot be used (NaN, infinity, or too many digits).</translation>
    </message>
    <message>
      <source>予期しない問題で処理を完了できませんでした（記録番号 {incident}、技術的な詳細: {log}）。</source>
      <translation>An unexpected problem stopped the operation (incident {incident}, technical details: {log}).</translation>
    </message>
    <message>
      <source>予期しない問題で処理を完了できませんでした（記録番号 {incident}。記録ファイルは書けませんでした）。</source>
      <translation>An unexpected problem stopped the operation (incident {incident}; the log file could not be written).</translation>
    </message>
    <message>
      <source>中断しました。</source>
      <translation>Interrupted.</translation>
    </message>
    <message>
      <source>取り込みプロファイル「{profile}」を使えません。</source>
      <translation>Import profile "{profile}" cannot be used.</translation>
    </message>
    <message>
      <source>取り込みプロファイル「{profile}」がありません。</source>
      <translation>There is no import profile "{profile}".</translation>
    </message>
    <message>
      <source>取り込みプロファイル「{profile}」の {key} に誤りがあります。</source>
      <translation>{key} in import profile "{profile}" is wrong.</translation>
    </message>
    <message>
      <source>プロファイル「{profile}」の形式では書き出せません。</source>
      <translation>Cannot export in the format of profile "{profile}".</translation>
    </message>
    <message>
      <source>データファイルを取り込めません。</source>
      <translation>The data file cannot be imported.</translation>
    </message>
    <message>
      <source>データファイルが見つかりません。</source>
      <translation>The data file cannot be found.</translation>
    </message>
    <message>
      <source>データファイルを読めません。</source>
      <translation>The data file cannot be read.</translation>
    </message>
    <message>
      <source>データファイルが空です。</source>
      <translation>The data file is empty.</translation>
    </message>
    <message>
      <source>見出し行がプロファイル「{profile}」と合いません。足りない列: {missing}　重複した列: {duplicated}</source>
      <translation>The header does not match profile "{profile}". Missing columns: {missing}  Duplicated columns: {duplicated}</translation>
    </message>
    <message>
      <source>見出し行の文字コードを読めません（{line}行目）。</source>
      <translation>The header's character encoding cannot be read (line {line}).</translation>
    </message>
    <message>
      <source>この行は取り込めません。</source>
      <translation>This row cannot be imported.</translation>
    </message>
    <message>
      <source>必須の値が空欄です。</source>
      <translation>A required value is blank.</translation>
    </message>
    <message>
      <source>日付として読めません（存在しない日付か、プロファイルにない書き方です）。</source>
      <translation>Cannot read it as a date (no such date, or a format the profile does not know).</translation>
    </message>
    <message>
      <source>年月として読めません。</source>
      <translation>Cannot read it as a year and month.</translation>
    </message>
    <message>
      <source>数字として読めません。</source>
      <translation>Cannot read it as a number.</translation>
    </message>
    <message>
      <source>コードがプロファイルの対応表にありません。</source>
      <translation>The code is not in the profile's code table.</translation>
    </message>
    <message>
      <source>不詳フラグは 0 か 1 です。</source>
      <translation>The unknown-date flag is 0 or 1.</translation>
    </message>
    <message>
      <source>列の数が見出し行と違います。</source>
      <translation>The row has a different number of columns from the header.</translation>
    </message>
    <message>
      <source>同じ宛名番号がファイルの前の行にもあります（前の行を使いました）。</source>
      <translation>The same resident number is also on an earlier row of the file (the earlier row was used).</translation>
    </message>
    <message>
      <source>文字コードを読めない行です。</source>
      <translation>The row's character encoding cannot be read.</translation>
    </message>
    <message>
      <source>値が長すぎます。</source>
      <translation>The value is too long.</translation>
    </message>
    <message>
      <source>最新でない履歴の行です（取り込みません）。</source>
      <translation>A history row that is not the latest (not imported).</translation>
    </message>
    <message>
      <source>削除された行です（取り込みません）。</source>
      <translation>A deleted row (not imported).</translation>
    </message>
    <message>
      <source>コードが対応表にないため、コードのまま取り込みました。</source>
      <translation>The code is not in the code table, so it was imported as the code.</translation>
    </message>
    <message>
      <source>元号コードと生年月日が合いません（生年月日を使いました）。</source>
      <translation>The era code and the birth date do not agree (the birth date was used).</translation>
    </message>
    <message>
      <source>個人番号のチェックデジットが合いません。</source>
      <translation>The My Number check digit does not match.</translation>
    </message>
    <message>
      <source>個人番号が空欄です。</source>
      <translation>The My Number is blank.</translation>
    </message>
    <message>
      <source>この宛名番号の住民はいません。</source>
      <translation>There is no resident with this resident number.</translation>
    </message>
    <message>
      <source>同じ個人番号が別の宛名番号にも付いています（名寄せの候補です）。</source>
      <translation>The same My Number is on another resident number too (a duplicate candidate).</translation>
    </message>
    <message>
      <source>この宛名番号にはすでに別の個人番号が登録されています（変更しませんでした）。</source>
      <translation>This resident number already has another My Number (nothing was changed).</translation>
    </message>
    <message>
      <source>取り込みを始められません。</source>
      <translation>The import cannot start.</translation>
    </message>
    <message>
      <source>別の取り込みが実行中です（実行番号 {run}）。</source>
      <translation>Another import is running (run {run}).</translation>
    </message>
    <message>
      <source>--confirm-missing は全件データ（--mode snapshot）のときだけ使えます。</source>
      <translation>--confirm-missing can only be used with a full export (--mode snapshot).</translation>
    </message>
    <message>
      <source>取り込み方式は snapshot か delta です。</source>
      <translation>The import mode is snapshot or delta.</translation>
    </message>
    <message>
      <source>名寄せの判定を記録できません。</source>
      <translation>The duplicate decision cannot be recorded.</translation>
    </message>
    <message>
      <source>同じ宛名番号どうしは判定できません。</source>
      <translation>A resident number cannot be compared with itself.</translation>
    </message>
    <message>
      <source>この組の判定は記録されていません。</source>
      <translation>No decision is recorded for this pair.</translation>
    </message>
    <message>
      <source>判定は same（同一人）か different（別人）です。</source>
      <translation>The decision is same (one person) or different (two people).</translation>
    </message>
    <message>
      <source>この組はすでに判定済みです。</source>
      <translation>This pair has already been decided.</translation>
    </message>
    <message>
      <source>引き継ぎデータを書き出せません。</source>
      <translation>The handover data cannot be exported.</translation>
    </message>
    <message>
      <source>担当「{section}」はありません。</source>
      <translation>There is no section "{section}".</translation>
    </message>
    <message>
      <source>日付は YYYY-MM-DD で指定してください。</source>
      <translation>Give the date as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>形式は json か csv です。</source>
      <translation>The format is json or csv.</translation>
    </message>
    <message>
      <source>書き出し先のファイルに書き込めません。</source>
      <translation>Cannot write the export file.</translation>
    </message>
    <message>
      <source>カードを置き直して、もう一度読み取ってください。</source>
      <translation>Place the card again and read it once more.</translation>
    </message>
    <message>
      <source>リーダーの接続を確認するか、カードなしで受付を続けてください。</source>
      <translation>Check the reader connection, or continue without the card.</translation>
    </message>
    <message>
      <source>`card readers` でリーダーの名前を確認してください。</source>
      <translation>Check the reader's name with `card readers`.</translation>
    </message>
    <message>
      <source>そのアプリを閉じてから読み取ってください。</source>
      <translation>Close that application, then read the card.</translation>
    </message>
    <message>
      <source>システム担当に連絡し、カードなしで受付を続けてください。</source>
      <translation>Call IT support and continue without the card.</translation>
    </message>
    <message>
      <source>カードをリーダーに置いてください。</source>
      <translation>Place the card on the reader.</translation>
    </message>
    <message>
      <source>カードを置き直して、最初から読み取ってください。</source>
      <translation>Place the card again and read it from the start.</translation>
    </message>
    <message>
      <source>マイナンバーカードを正しく置き直してください。</source>
      <translation>Place the My Number card on the reader correctly.</translation>
    </message>
    <message>
      <source>ご本人にもう一度暗証番号を入力していただいてください。</source>
      <translation>Ask the resident to enter the PIN again.</translation>
    </message>
    <message>
      <source>暗証番号の初期化・再設定の窓口をご案内し、カードなしで受付を続けてください。</source>
      <translation>Direct the resident to the PIN reset desk and continue without the card.</translation>
    </message>
    <message>
      <source>ご本人に確認のうえ、最後の1回であることを確認してから読み取ってください。</source>
      <translation>Check with the resident that this is the last try, then read the card.</translation>
    </message>
    <message>
      <source>数字4桁で入力してください。</source>
      <translation>Enter 4 digits.</translation>
    </message>
    <message>
      <source>券面を確認し、住民記録を検索してください。</source>
      <translation>Check the card face and search the registry.</translation>
    </message>
    <message>
      <source>もう一度読み取ってください。続く場合はシステム担当に連絡してください。</source>
      <translation>Read the card again. If it keeps failing, call IT support.</translation>
    </message>
    <message>
      <source>もう一度読み取ってください。</source>
      <translation>Read the card again.</translation>
    </message>
    <message>
      <source>resources/personas/ にあるペルソナ ID を指定してください。</source>
      <translation>Give a persona ID from resources/personas/.</translation>
    </message>
    <message>
      <source>続く場合はシステム担当に連絡してください。</source>
      <translation>If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>世帯主から見た続柄（妻、子、妻の父 など）で入力してください。</source>
      <translation>Enter the relationship as seen from the head of household (wife, child, wife's father …).</translation>
    </message>
    <message>
      <source>世帯主から見た続柄を入力してください。</source>
      <translation>Enter the relationship as seen from the head of household.</translation>
    </message>
    <message>
      <source>妻・夫や「妻の父」のように世帯主から見た続柄で入力してください。</source>
      <translation>Enter the relationship as seen from the head of household, such as wife, husband or "wife's father".</translation>
    </message>
    <message>
      <source>日付を確認してください。</source>
      <translation>Check the date.</translation>
    </message>
    <message>
      <source>明治・大正・昭和・平成・令和のどれかで入力してください。</source>
      <translation>Use Meiji, Taishō, Shōwa, Heisei or Reiwa.</translation>
    </message>
    <message>
      <source>元号と年を確認してください。</source>
      <translation>Check the era and year.</translation>
    </message>
    <message>
      <source>システム担当に scripts/setup.sh の実行を依頼してください。</source>
      <translation>Ask IT support to run scripts/setup.sh.</translation>
    </message>
    <message>
      <source>定義ファイルを直すよう、システム担当に連絡してください。</source>
      <translation>Ask IT support to fix the definition file.</translation>
    </message>
    <message>
      <source>ルールファイルを直すよう、システム担当に連絡してください。</source>
      <translation>Ask IT support to fix the rule file.</translation>
    </message>
    <message>
      <source>docs/scenario-format.md を確認してください。</source>
      <translation>See docs/scenario-format.md.</translation>
    </message>
    <message>
      <source>キーの綴りを docs/scenario-format.md で確認してください。</source>
      <translation>Check the key's spelling in docs/scenario-format.md.</translation>
    </message>
    <message>
      <source>値を入れてください。</source>
      <translation>Enter a value.</translation>
    </message>
    <message>
      <source>世帯主から見た続柄（妻、子 など）で指定してください。</source>
      <translation>Give the relationship as seen from the head of household (wife, child …).</translation>
    </message>
    <message>
      <source>値を確認してください。</source>
      <translation>Check the value.</translation>
    </message>
    <message>
      <source>どちらかを入れてください。</source>
      <translation>Enter one of them.</translation>
    </message>
    <message>
      <source>ファイルの場所と権限を確認してください。</source>
      <translation>Check the file's location and permissions.</translation>
    </message>
    <message>
      <source>JSON の書式を確認してください。</source>
      <translation>Check the JSON syntax.</translation>
    </message>
    <message>
      <source>宛名番号と --db を確認してください。</source>
      <translation>Check the resident number and --db.</translation>
    </message>
    <message>
      <source>取り込むデータを確認してください。</source>
      <translation>Check the data being imported.</translation>
    </message>
    <message>
      <source>宛名番号を確認してください。</source>
      <translation>Check the resident number.</translation>
    </message>
    <message>
      <source>カードまたは住民記録を確認してください。</source>
      <translation>Check the card or the registry record.</translation>
    </message>
    <message>
      <source>12桁の数字を確認してください。</source>
      <translation>Check the 12 digits.</translation>
    </message>
    <message>
      <source>桁数を確認してください。</source>
      <translation>Check the number of digits.</translation>
    </message>
    <message>
      <source>番号を確認してください。</source>
      <translation>Check the number.</translation>
    </message>
    <message>
      <source>システム担当に連絡してください。</source>
      <translation>Call IT support.</translation>
    </message>
    <message>
      <source>chmod 600 で所有者だけが読めるようにしてください。</source>
      <translation>Make it readable by its owner only (chmod 600).</translation>
    </message>
    <message>
      <source>バックアップから鍵ファイルを戻してください。</source>
      <translation>Restore the key file from a backup.</translation>
    </message>
    <message>
      <source>もう一度お試しください。続く場合は「PDFとして保存」で保存し、システム担当に連絡してください。</source>
      <translation>Try again. If it keeps happening, use "Save as PDF" and call IT support.</translation>
    </message>
    <message>
      <source>もう一度お試しください。続く場合はシステム担当に連絡してください。</source>
      <translation>Try again. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>印刷するページの範囲を確認してください。</source>
      <translation>Check the range of pages to print.</translation>
    </message>
    <message>
      <source>プリンターの解像度の設定を確認してください。</source>
      <translation>Check the printer's resolution setting.</translation>
    </message>
    <message>
      <source>プリンターの電源・用紙・接続を確認して、もう一度印刷してください。</source>
      <translation>Check the printer's power, paper and connection, then print again.</translation>
    </message>
    <message>
      <source>プリンターの状態か、ファイルに出力する場合は保存先を確認して、もう一度印刷してください。</source>
      <translation>Check the printer, or the output location when printing to a file, then print again.</translation>
    </message>
    <message>
      <source>別のプリンターを選ぶか、プリンターが停止・受付拒否になっていないかシステム担当に確認してください。書類は何も印刷されていません。</source>
      <translation>Choose another printer, or ask IT support whether the printer is stopped or rejecting jobs. Nothing was printed.</translation>
    </message>
    <message>
      <source>「PDFとして保存」で保存しておき、システム担当に連絡してください。</source>
      <translation>Save it with "Save as PDF" and call IT support.</translation>
    </message>
    <message>
      <source>保存先のフォルダと空き容量を確認して、もう一度保存してください。</source>
      <translation>Check the folder and free space, then save again.</translation>
    </message>
    <message>
      <source>受付の一覧を更新してください。</source>
      <translation>Refresh the list of visits.</translation>
    </message>
    <message>
      <source>画面の案内に沿って進めてください。続く場合はシステム担当に連絡してください。</source>
      <translation>Follow the instructions on screen. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>確認が必要な項目を見直してください。</source>
      <translation>Review the items that need checking.</translation>
    </message>
    <message>
      <source>入力内容を確認してください。</source>
      <translation>Check what was entered.</translation>
    </message>
    <message>
      <source>候補の一覧から選んでください。</source>
      <translation>Choose from the list of candidates.</translation>
    </message>
    <message>
      <source>ご本人の記録を選ぶか、新しい住民として受け付けてください。</source>
      <translation>Choose the resident's own record, or take them as a new resident.</translation>
    </message>
    <message>
      <source>氏名を入力してください。</source>
      <translation>Enter the name.</translation>
    </message>
    <message>
      <source>ご用件を選んでください。</source>
      <translation>Choose the life event.</translation>
    </message>
    <message>
      <source>理由を入力してください。</source>
      <translation>Enter a reason.</translation>
    </message>
    <message>
      <source>一覧から選んでください。</source>
      <translation>Choose from the list.</translation>
    </message>
    <message>
      <source>少なくとも1件選んでください。</source>
      <translation>Choose at least one.</translation>
    </message>
    <message>
      <source>差し戻された後に修正してください。</source>
      <translation>Edit it after it has been returned.</translation>
    </message>
    <message>
      <source>直すべき点をコメントに書いてください。</source>
      <translation>Write in the comment what needs fixing.</translation>
    </message>
    <message>
      <source>赤い表示の項目を確認してください。</source>
      <translation>Check the items shown in red.</translation>
    </message>
    <message>
      <source>権限のある職員に依頼してください。</source>
      <translation>Ask a member of staff with the right role.</translation>
    </message>
    <message>
      <source>半角英数字（. _ - も可）か、かな・漢字の職員名にしてください。</source>
      <translation>Use half-width letters and digits (. _ - allowed), or kana and kanji, for the staff name.</translation>
    </message>
    <message>
      <source>管理者として `users add --as 管理者名` で職員を追加してください。</source>
      <translation>As an administrator, add staff with `users add --as ADMIN_NAME`.</translation>
    </message>
    <message>
      <source>別のパスワードを入力してください。</source>
      <translation>Enter a different password.</translation>
    </message>
    <message>
      <source>職員名とパスワードを確認してください。</source>
      <translation>Check the staff name and password.</translation>
    </message>
    <message>
      <source>管理者にパスワードの再設定を依頼してください。</source>
      <translation>Ask an administrator to reset your password.</translation>
    </message>
    <message>
      <source>管理者に連絡してください。</source>
      <translation>Contact an administrator.</translation>
    </message>
    <message>
      <source>別の職員名にしてください。</source>
      <translation>Choose another staff name.</translation>
    </message>
    <message>
      <source>職員名を確認してください。</source>
      <translation>Check the staff name.</translation>
    </message>
    <message>
      <source>もう一度入力してください。</source>
      <translation>Enter it again.</translation>
    </message>
    <message>
      <source>パスワードを1行目に入れてください。</source>
      <translation>Put the password on the first line.</translation>
    </message>
    <message>
      <source>一覧を更新してください。</source>
      <translation>Refresh the list.</translation>
    </message>
    <message>
      <source>別の決裁者に依頼するか、入力内容を確認してください。</source>
      <translation>Ask another supervisor, or check the input.</translation>
    </message>
    <message>
      <source>別の決裁者に依頼してください。</source>
      <translation>Ask another supervisor.</translation>
    </message>
    <message>
      <source>コメント欄に理由を入力してから、もう一度押してください。</source>
      <translation>Enter the reason in the comment box, then press again.</translation>
    </message>
    <message>
      <source>`settings list` で設定と値の範囲を確認してください。</source>
      <translation>Check the settings and their ranges with `settings list`.</translation>
    </message>
    <message>
      <source>`settings list` で範囲を確認してください。</source>
      <translation>Check the range with `settings list`.</translation>
    </message>
    <message>
      <source>`settings list` で設定名を確認してください。</source>
      <translation>Check the setting name with `settings list`.</translation>
    </message>
    <message>
      <source>--db を付けて設定してください。</source>
      <translation>Set it with --db.</translation>
    </message>
    <message>
      <source>端末の設定として指定してください。</source>
      <translation>Set it as a workstation setting.</translation>
    </message>
    <message>
      <source>ペルソナを選んで「カードを置く」を押してください。</source>
      <translation>Choose a persona and press "Place card".</translation>
    </message>
    <message>
      <source>一覧から障害を選んでください。</source>
      <translation>Choose a fault from the list.</translation>
    </message>
    <message>
      <source>シナリオファイルを直してください。</source>
      <translation>Fix the scenario file.</translation>
    </message>
    <message>
      <source>--demo では --db を付けないでください。</source>
      <translation>Do not use --db with --demo.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD の日付で書いてください。</source>
      <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD の実在する日付で指定してください。</source>
      <translation>Give a real date as YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>valid_from と valid_to を書いてください（期限なしは null）。</source>
      <translation>Write valid_from and valid_to (null for no end).</translation>
    </message>
    <message>
      <source>valid_from と valid_to を確認してください。</source>
      <translation>Check valid_from and valid_to.</translation>
    </message>
    <message>
      <source>`rules lint --overrides フォルダ` で点検し、システム担当に連絡してください。</source>
      <translation>Check with `rules lint --overrides FOLDER` and call IT support.</translation>
    </message>
    <message>
      <source>設定 forms_override_dir のフォルダを確認してください（空にすると標準のみで動きます）。</source>
      <translation>Check the folder in the forms_override_dir setting (leave it empty to run with the built-in forms only).</translation>
    </message>
    <message>
      <source>JSON の書式を直し、`rules lint` で点検してください。</source>
      <translation>Fix the JSON syntax and check with `rules lint`.</translation>
    </message>
    <message>
      <source>docs/forms-overrides.md の形式を確認してください。</source>
      <translation>Check the format in docs/forms-overrides.md.</translation>
    </message>
    <message>
      <source>表示された箇所を直してから使ってください。</source>
      <translation>Fix the places shown before use.</translation>
    </message>
    <message>
      <source>サインインしてから、もう一度操作してください。</source>
      <translation>Sign in, then try again.</translation>
    </message>
    <message>
      <source>いったんサインアウトし、今の役割でサインインし直してください。</source>
      <translation>Sign out, then sign in again with your current role.</translation>
    </message>
    <message>
      <source>`--as 職員名` を付けて実行してください（パスワードは標準入力の1行目、端末では入力欄から）。</source>
      <translation>Run it with `--as STAFF_NAME` (the password on the first line of standard input, or typed at the prompt in a terminal).</translation>
    </message>
    <message>
      <source>ほかの職員名と紛れない名前にしてください。</source>
      <translation>Choose a name that cannot be mistaken for another staff name.</translation>
    </message>
    <message>
      <source>先に別の管理者を追加してください。</source>
      <translation>Add another administrator first.</translation>
    </message>
    <message>
      <source>`users passwd --as 職員名` でパスワードを変更してから、もう一度実行してください。</source>
      <translation>Change the password with `users passwd --as STAFF_NAME`, then run it again.</translation>
    </message>
    <message>
      <source>審査者の承認を待ってください。</source>
      <translation>Wait for the supervisor's approval.</translation>
    </message>
    <message>
      <source>コメントに沿って修正し、もう一度提出してください。</source>
      <translation>Make the changes the comment asks for and submit again.</translation>
    </message>
    <message>
      <source>同じデータベースを使っている端末から鍵ファイルをこの場所にコピーしてください（新しいデータベースなら `db init`）。</source>
      <translation>Copy the key file here from a workstation that uses the same database (for a new database: `db init`).</translation>
    </message>
    <message>
      <source>既存の鍵は上書きしません。</source>
      <translation>An existing key is never overwritten.</translation>
    </message>
    <message>
      <source>このデータベースを使っている端末から鍵ファイルをコピーしてください（新しい鍵は作りません）。</source>
      <translation>Copy the key file from a workstation that uses this database (no new key is made).</translation>
    </message>
    <message>
      <source>データベースを使っている他の端末と同じ鍵ファイルを置いてください。</source>
      <translation>Put the same key file here as the other workstations using the database.</translation>
    </message>
    <message>
      <source>このデータベースを使っている他の端末と同じ鍵ファイルを {path} に置いてください。</source>
      <translation>Put the same key file as the other workstations using this database at {path}.</translation>
    </message>
    <message>
      <source>システム担当に `keys rotate --as 管理者` を最後まで実行するよう依頼してください。</source>
      <translation>Ask IT support to run `keys rotate --as ADMIN` to the end.</translation>
    </message>
    <message>
      <source>先に一度、窓口アプリか `keys status` を実行してください。</source>
      <translation>First run the counter app or `keys status` once.</translation>
    </message>
    <message>
      <source>切り替えを始めた端末の {path} を戻してから、もう一度実行してください。</source>
      <translation>Restore {path} on the workstation that started the rotation, then run it again.</translation>
    </message>
    <message>
      <source>システム担当に `audit repair-head --as 管理者 --anchor アンカーファイル` の実行を依頼してください（docs/audit-log.md）。</source>
      <translation>Ask IT support to run `audit repair-head --as ADMIN --anchor ANCHOR_FILE` (docs/audit-log.md).</translation>
    </message>
    <message>
      <source>`audit verify` で確認し、バックアップから復旧してください。</source>
      <translation>Check with `audit verify` and restore from a backup.</translation>
    </message>
    <message>
      <source>修復は不要です。`audit verify` で確認してください。</source>
      <translation>No repair needed. Check with `audit verify`.</translation>
    </message>
    <message>
      <source>ファイルの場所を確認してください。</source>
      <translation>Check the file's location.</translation>
    </message>
    <message>
      <source>`audit anchor` が書いたファイルを指定してください。</source>
      <translation>Give a file written by `audit anchor`.</translation>
    </message>
    <message>
      <source>`audit anchor --out` が書いたファイルを指定してください。</source>
      <translation>Give a file written by `audit anchor --out`.</translation>
    </message>
    <message>
      <source>SQLite ではファイルの権限（0600）で保護されています。</source>
      <translation>SQLite is protected by the file permissions (0600).</translation>
    </message>
    <message>
      <source>別の名前にしてください。</source>
      <translation>Choose another name.</translation>
    </message>
    <message>
      <source>窓口端末用に別のロール名を指定してください。</source>
      <translation>Give the counter workstations a different role name.</translation>
    </message>
    <message>
      <source>--owner-role を確認してください。</source>
      <translation>Check --owner-role.</translation>
    </message>
    <message>
      <source>スーパーユーザー（またはデータベース所有者）の URL を --db に指定してください。</source>
      <translation>Give the URL of a superuser (or the database owner) in --db.</translation>
    </message>
    <message>
      <source>--db または MADOGUCHI_DB を確認してください（例: sqlite:///C:/madoguchi/madoguchi.sqlite3、postgresql://ユーザー@サーバー/データベース）。</source>
      <translation>Check --db or MADOGUCHI_DB (e.g. sqlite:///C:/madoguchi/madoguchi.sqlite3, postgresql://user@server/database).</translation>
    </message>
    <message>
      <source>SQLite は sqlite:///、PostgreSQL は postgresql:// で始まる URL を指定してください。</source>
      <translation>Give a URL starting with sqlite:/// for SQLite or postgresql:// for PostgreSQL.</translation>
    </message>
    <message>
      <source>SQLite（sqlite:///…）か PostgreSQL（postgresql://…）を指定してください。</source>
      <translation>Use SQLite (sqlite:///…) or PostgreSQL (postgresql://…).</translation>
    </message>
    <message>
      <source>サーバーが動いているか、ネットワークと URL を確認してください。続く場合はシステム担当に連絡してください。</source>
      <translation>Check that the server is running, and check the network and the URL. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>サーバーが起動しているか、ホスト名とポート番号を確認してください。続く場合はシステム担当に連絡してください。</source>
      <translation>Check that the server is running, and check the host name and port. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>ネットワークとサーバーの状態を確認してください。続く場合はシステム担当に連絡してください。</source>
      <translation>Check the network and the server. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>URL のホスト名を確認してください。</source>
      <translation>Check the host name in the URL.</translation>
    </message>
    <message>
      <source>URL のユーザー名とパスワードを確認し、許可はシステム担当に確認してください。</source>
      <translation>Check the user name and password in the URL; ask IT support about the permission.</translation>
    </message>
    <message>
      <source>URL のデータベース名を確認してください。新しく作る場合はシステム担当が作成します。</source>
      <translation>Check the database name in the URL. A new database is created by IT support.</translation>
    </message>
    <message>
      <source>接続を確認して、もう一度実行してください。続く場合はシステム担当に連絡してください。</source>
      <translation>Check the connection and run it again. If it keeps happening, call IT support.</translation>
    </message>
    <message>
      <source>パスを確認してください。新しく作る場合は `madoguchi db init` を実行します。</source>
      <translation>Check the path. To create a new one, run `madoguchi db init`.</translation>
    </message>
    <message>
      <source>パスの打ち間違いがないか確認してください。新しく作る場合は `madoguchi db init` を実行します。</source>
      <translation>Check the path for typos. To create a new one, run `madoguchi db init`.</translation>
    </message>
    <message>
      <source>バックアップから戻してください。`madoguchi db check` で詳しく調べられます。</source>
      <translation>Restore it from a backup. `madoguchi db check` gives details.</translation>
    </message>
    <message>
      <source>--db で指定したファイルを確認してください。</source>
      <translation>Check the file given with --db.</translation>
    </message>
    <message>
      <source>バックアップから戻してください。</source>
      <translation>Restore it from a backup.</translation>
    </message>
    <message>
      <source>使うのをやめ、バックアップから戻してください。`madoguchi db check` で詳しく調べられます。</source>
      <translation>Stop using it and restore it from a backup. `madoguchi db check` gives details.</translation>
    </message>
    <message>
      <source>`madoguchi db init` を実行してください。</source>
      <translation>Run `madoguchi db init`.</translation>
    </message>
    <message>
      <source>新しい版の Madoguchi を使ってください（この版が扱えるのは {known} まで）。</source>
      <translation>Use a newer version of Madoguchi (this version handles up to {known}).</translation>
    </message>
    <message>
      <source>`madoguchi db upgrade` で更新してから実行してください（更新の前にバックアップを）。</source>
      <translation>Upgrade with `madoguchi db upgrade` first (back up before upgrading).</translation>
    </message>
    <message>
      <source>読み取りだけのコマンドは使えます。書き込む場合は書き込める場所のデータベースを指定してください。</source>
      <translation>Read-only commands still work. To write, give a database in a writable location.</translation>
    </message>
    <message>
      <source>空き容量を作ってから、もう一度実行してください。</source>
      <translation>Free some disk space and run it again.</translation>
    </message>
    <message>
      <source>しばらく待ってから、もう一度実行してください。</source>
      <translation>Wait a moment and run it again.</translation>
    </message>
    <message>
      <source>出力先を確認してください。</source>
      <translation>Check the output location.</translation>
    </message>
    <message>
      <source>フォルダを作るか、既にあるフォルダを指定してください。</source>
      <translation>Create the folder or give an existing one.</translation>
    </message>
    <message>
      <source>ファイル名まで指定してください。</source>
      <translation>Give a file name too.</translation>
    </message>
    <message>
      <source>書き込めるフォルダを指定してください。</source>
      <translation>Give a folder you can write to.</translation>
    </message>
    <message>
      <source>空き容量を作るか、別の場所を指定してください。書きかけのファイルは残していません。</source>
      <translation>Free some disk space or choose another location. No partial file was left behind.</translation>
    </message>
    <message>
      <source>書き込める場所を指定してください。</source>
      <translation>Give a location you can write to.</translation>
    </message>
    <message>
      <source>短い名前にしてください。</source>
      <translation>Use a shorter name.</translation>
    </message>
    <message>
      <source>出力先（リダイレクト先）の空き容量と権限を確認してください。</source>
      <translation>Check the free space and permissions where the output is redirected.</translation>
    </message>
    <message>
      <source>UTF-8 のテキストで入力してください。</source>
      <translation>Enter UTF-8 text.</translation>
    </message>
    <message>
      <source>1件の来庁を書いたファイルか確認してください。</source>
      <translation>Check that the file describes one visit.</translation>
    </message>
    <message>
      <source>docs/scenario-format.md の形式か確認してください。</source>
      <translation>Check that it follows docs/scenario-format.md.</translation>
    </message>
    <message>
      <source>UTF-8 で保存し直してください（Shift_JIS などは使えません）。</source>
      <translation>Save it again as UTF-8 (Shift_JIS etc. cannot be used).</translation>
    </message>
    <message>
      <source>ファイルの権限を確認してください。</source>
      <translation>Check the file's permissions.</translation>
    </message>
    <message>
      <source>値を引用符で囲んでください。</source>
      <translation>Put the value in quotes.</translation>
    </message>
    <message>
      <source>数値を確認してください。</source>
      <translation>Check the number.</translation>
    </message>
    <message>
      <source>システム担当に記録番号と記録ファイルを伝えてください（個人情報は含まれていません）。</source>
      <translation>Give IT support the incident number and the log file (they contain no personal data).</translation>
    </message>
    <message>
      <source>必要なら、もう一度実行してください。</source>
      <translation>Run it again if needed.</translation>
    </message>
    <message>
      <source>`records profiles` で一覧を確認してください。</source>
      <translation>See the list with `records profiles`.</translation>
    </message>
    <message>
      <source>`records profiles` で名前を確認してください。</source>
      <translation>Check the name with `records profiles`.</translation>
    </message>
    <message>
      <source>docs/records-import.md の形式に直してください。</source>
      <translation>Fix it to the format in docs/records-import.md.</translation>
    </message>
    <message>
      <source>書き出しには madoguchi プロファイルを使ってください。</source>
      <translation>Use the madoguchi profile for exports.</translation>
    </message>
    <message>
      <source>ファイルを確認してください。</source>
      <translation>Check the file.</translation>
    </message>
    <message>
      <source>ファイルの権限と場所を確認してください。</source>
      <translation>Check the file's permissions and location.</translation>
    </message>
    <message>
      <source>基幹系からの出力をやり直してください。</source>
      <translation>Export it from the core system again.</translation>
    </message>
    <message>
      <source>`records import --check` で列を確かめ、プロファイルかファイルを直してください。</source>
      <translation>Check the columns with `records import --check`, then fix the profile or the file.</translation>
    </message>
    <message>
      <source>UTF-8 か Shift_JIS（CP932）で出力してください。</source>
      <translation>Export it as UTF-8 or Shift_JIS (CP932).</translation>
    </message>
    <message>
      <source>行を確認してください。</source>
      <translation>Check the row.</translation>
    </message>
    <message>
      <source>基幹系のデータを確認してください。</source>
      <translation>Check the data in the core system.</translation>
    </message>
    <message>
      <source>YYYY-MM の形で確認してください。</source>
      <translation>Check that it reads YYYY-MM.</translation>
    </message>
    <message>
      <source>コードを確認するか、プロファイルの codes に追記してください。</source>
      <translation>Check the code, or add it to the profile's codes.</translation>
    </message>
    <message>
      <source>区切りの「,」や引用符を確認してください。</source>
      <translation>Check the "," separators and the quotes.</translation>
    </message>
    <message>
      <source>この行の文字を確認してください。</source>
      <translation>Check the characters on this row.</translation>
    </message>
    <message>
      <source>対応は不要です。</source>
      <translation>Nothing to do.</translation>
    </message>
    <message>
      <source>この団体のコードの意味をプロファイルの codes に追記してください。</source>
      <translation>Add what this municipality's code means to the profile's codes.</translation>
    </message>
    <message>
      <source>統合宛名の番号を確認してください。</source>
      <translation>Check the number of the integrated addressee record.</translation>
    </message>
    <message>
      <source>統合宛名のデータを確認してください。</source>
      <translation>Check the integrated addressee data.</translation>
    </message>
    <message>
      <source>先に住民記録を取り込んでください。</source>
      <translation>Load the resident records first.</translation>
    </message>
    <message>
      <source>`records duplicates` で確認してください。</source>
      <translation>Check with `records duplicates`.</translation>
    </message>
    <message>
      <source>表示に従ってください。</source>
      <translation>Follow what is shown.</translation>
    </message>
    <message>
      <source>終わってから、もう一度実行してください。</source>
      <translation>Run it again when that has finished.</translation>
    </message>
    <message>
      <source>--mode snapshot を付けてください。</source>
      <translation>Add --mode snapshot.</translation>
    </message>
    <message>
      <source>--mode を確認してください。</source>
      <translation>Check --mode.</translation>
    </message>
    <message>
      <source>入力を確認してください。</source>
      <translation>Check the input.</translation>
    </message>
    <message>
      <source>2つの異なる宛名番号を指定してください。</source>
      <translation>Give two different resident numbers.</translation>
    </message>
    <message>
      <source>`records duplicates decisions` で確認してください。</source>
      <translation>Check with `records duplicates decisions`.</translation>
    </message>
    <message>
      <source>判定を確認してください。</source>
      <translation>Check the decision.</translation>
    </message>
    <message>
      <source>変えるときは先に判定を取り消してください。</source>
      <translation>To change it, undo the decision first.</translation>
    </message>
    <message>
      <source>指定を確認してください。</source>
      <translation>Check what was given.</translation>
    </message>
    <message>
      <source>`visits export --help` の担当の一覧から選んでください。</source>
      <translation>Choose a section from the list in `visits export --help`.</translation>
    </message>
    <message>
      <source>--since を確認してください。</source>
      <translation>Check --since.</translation>
    </message>
    <message>
      <source>--format を確認してください。</source>
      <translation>Check --format.</translation>
    </message>
    <message>
      <source>--out（または --report）の場所と権限を確認してください。</source>
      <translation>Check the location and permissions of --out (or --report).</translation>
    </message>
    <message>
      <source>処理中に問題が発生しました。</source>
      <translation>Something went wrong.</translation>
    </message>
    <message>
      <source>入力内容は保存されています。続く場合はシステム担当に連絡してください。</source>
      <translation>Your entries are saved. If this keeps happening, call IT support.</translation>
    </message>
  </context>
  <context>
    <name>EventPage</name>
    <message>
      <source>3. ご用件（ライフイベント）</source>
      <translation>3. Purpose of the visit (life event)</translation>
    </message>
    <message>
      <source>（ご用件を選んでください）</source>
      <translation>(choose the life event)</translation>
    </message>
    <message>
      <source>ご用件(&amp;E)</source>
      <translation>Life &amp;event</translation>
    </message>
    <message>
      <source>確認すること</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>世帯員（手続きの対象となる方にチェック）</source>
      <translation>Household members (tick those concerned)</translation>
    </message>
    <message>
      <source>カードの方</source>
      <translation>Card holder</translation>
    </message>
    <message>
      <source>空欄ならカードの住所: </source>
      <translation>Blank: the card's address: </translation>
    </message>
    <message>
      <source>必要になる手続き: </source>
      <translation>Procedures needed: </translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>空欄なら住民記録の死亡日: </source>
      <translation>Blank: date of death in the registry: </translation>
    </message>
    <message numerus="yes">
      <source>確認が必要な回答が %n 件あります。</source>
      <translation>
        <numerusform>%n answer needs checking.</numerusform>
        <numerusform>%n answers need checking.</numerusform>
      </translation>
    </message>
    <message>
      <source>ご用件を選んでください。</source>
      <translation>Choose the life event.</translation>
    </message>
  </context>
  <context>
    <name>FormsCatalogue</name>
    <message>
      <source>住民異動届</source>
      <translation>Notification of change of residence</translation>
    </message>
    <message>
      <source>マイナンバーカード 継続利用・券面記載事項変更</source>
      <translation>My Number card: continued use and card update</translation>
    </message>
    <message>
      <source>マイナンバーカード 券面記載事項変更</source>
      <translation>My Number card: update of card details</translation>
    </message>
    <message>
      <source>マイナンバーカードの返納</source>
      <translation>Return of the My Number card</translation>
    </message>
    <message>
      <source>国民健康保険の届出</source>
      <translation>National Health Insurance notification</translation>
    </message>
    <message>
      <source>国民健康保険 資格喪失届</source>
      <translation>National Health Insurance: loss of coverage</translation>
    </message>
    <message>
      <source>介護保険の届出</source>
      <translation>Long-term care insurance notification</translation>
    </message>
    <message>
      <source>介護保険 受給資格証明書の提出（要介護認定の引継ぎ）</source>
      <translation>Long-term care insurance: certificate of eligibility (care level carried over)</translation>
    </message>
    <message>
      <source>後期高齢者医療の届出</source>
      <translation>Late-stage elderly medical care notification</translation>
    </message>
    <message>
      <source>後期高齢者医療 資格確認書の返却</source>
      <translation>Late-stage elderly medical care: return of the eligibility certificate</translation>
    </message>
    <message>
      <source>葬祭費の支給申請</source>
      <translation>Funeral expenses benefit application</translation>
    </message>
    <message>
      <source>児童手当 認定請求</source>
      <translation>Child Allowance: application</translation>
    </message>
    <message>
      <source>児童手当（公務員は勤務先で請求）</source>
      <translation>Child Allowance (civil servants claim at their employer)</translation>
    </message>
    <message>
      <source>児童手当 額改定認定請求</source>
      <translation>Child Allowance: application for a higher amount</translation>
    </message>
    <message>
      <source>児童手当 氏名・住所等変更届</source>
      <translation>Child Allowance: change of name, address etc.</translation>
    </message>
    <message>
      <source>児童手当 受給事由消滅届</source>
      <translation>Child Allowance: notice of loss of eligibility</translation>
    </message>
    <message>
      <source>子ども医療費助成の申請・変更</source>
      <translation>Child medical expense subsidy: application or change</translation>
    </message>
    <message>
      <source>転入学届（就学通知書の交付）</source>
      <translation>School transfer-in notice (school attendance notice)</translation>
    </message>
    <message>
      <source>在学証明書・教科書給与証明書の受取り</source>
      <translation>Collecting the certificate of enrolment and textbook certificate</translation>
    </message>
    <message>
      <source>印鑑登録申請</source>
      <translation>Seal registration application</translation>
    </message>
    <message>
      <source>印鑑登録の廃止（登録証の返還）</source>
      <translation>Cancelling a seal registration (return of the registration card)</translation>
    </message>
    <message>
      <source>印鑑の再登録</source>
      <translation>Re-registering a seal</translation>
    </message>
    <message>
      <source>印鑑登録証明書の交付</source>
      <translation>Issue of a seal registration certificate</translation>
    </message>
    <message>
      <source>住民票の写し等の交付請求</source>
      <translation>Request for copies of the residence record (jūminhyō) etc.</translation>
    </message>
    <message>
      <source>在留カードへの住居地の届出</source>
      <translation>Notifying the place of residence for the residence card</translation>
    </message>
    <message>
      <source>国民年金の届出（第1号被保険者）</source>
      <translation>National Pension notification (Category 1 insured)</translation>
    </message>
    <message>
      <source>年金の手続き（受給者死亡届・未支給年金など）</source>
      <translation>Pension procedures (death of a pensioner, unpaid pension etc.)</translation>
    </message>
    <message>
      <source>国民年金 海外転出（喪失・任意加入）</source>
      <translation>National Pension: moving abroad (loss of coverage or voluntary enrolment)</translation>
    </message>
    <message>
      <source>出生届（戸籍）</source>
      <translation>Birth notification (family register)</translation>
    </message>
    <message>
      <source>出生通知・母子保健の案内</source>
      <translation>Birth notice and maternal and child health guidance</translation>
    </message>
    <message>
      <source>死亡届・火葬許可申請（戸籍）</source>
      <translation>Death notification and cremation permit application (family register)</translation>
    </message>
    <message>
      <source>婚姻届（戸籍）</source>
      <translation>Marriage notification (family register)</translation>
    </message>
    <message>
      <source>国民健康保険 資格確認書の交付申請</source>
      <translation>National Health Insurance: application for an eligibility certificate</translation>
    </message>
    <message>
      <source>児童手当 監護相当・生計費の負担についての確認書</source>
      <translation>Child Allowance: confirmation of care and living costs</translation>
    </message>
    <message>
      <source>児童手当 別居監護申立書</source>
      <translation>Child Allowance: statement of care for a child living apart</translation>
    </message>
    <message>
      <source>児童手当 受給者の変更（認定請求）</source>
      <translation>Child Allowance: change of recipient (application)</translation>
    </message>
    <message>
      <source>子ども医療費受給者証の返却</source>
      <translation>Return of the child medical expense certificate</translation>
    </message>
    <message>
      <source>ひとり親家庭等医療費助成の申請</source>
      <translation>Single-parent family medical expense subsidy application</translation>
    </message>
    <message>
      <source>マイナンバーカードの交付申請</source>
      <translation>My Number card application</translation>
    </message>
    <message>
      <source>電子証明書の発行（署名用電子証明書の再発行）</source>
      <translation>Signature certificate reissue</translation>
    </message>
    <message>
      <source>特定在留カード等の交付申請（任意）</source>
      <translation>Specified residence card application (optional)</translation>
    </message>
    <message>
      <source>特定在留カード等のご案内（任意）</source>
      <translation>Information on the specified residence card (optional)</translation>
    </message>
    <message>
      <source>氏名の振り仮名の届</source>
      <translation>Notification of the name's furigana reading</translation>
    </message>
    <message>
      <source>氏名の振り仮名の変更の届（1度限り）</source>
      <translation>Notification of a change of the name's furigana reading (once only)</translation>
    </message>
    <message>
      <source>戸籍証明書等の請求</source>
      <translation>Request for family register (koseki) certificates</translation>
    </message>
    <message>
      <source>相続用の戸籍（出生から死亡まで）のご案内</source>
      <translation>Information on family registers for inheritance (birth to death)</translation>
    </message>
    <message>
      <source>所得・課税証明書の交付</source>
      <translation>Issue of an income and tax certificate</translation>
    </message>
    <message>
      <source>通学区域の確認・転校の手続き</source>
      <translation>School district check and school transfer</translation>
    </message>
    <message>
      <source>犬の登録事項変更届</source>
      <translation>Dog registration change notification</translation>
    </message>
    <message>
      <source>犬の登録事項変更（転出先で）</source>
      <translation>Dog registration change (at the new municipality)</translation>
    </message>
    <message>
      <source>障害者手帳の居住地変更・返還</source>
      <translation>Disability certificate: change of residence or return</translation>
    </message>
    <message>
      <source>障害者手帳の居住地変更（転出先で）</source>
      <translation>Disability certificate: change of residence (at the new municipality)</translation>
    </message>
    <message>
      <source>原動機付自転車（軽自動車税）の申告</source>
      <translation>Moped declaration (light vehicle tax)</translation>
    </message>
    <message>
      <source>高額療養費の支給申請（相続人）</source>
      <translation>High-cost medical expense benefit application (heirs)</translation>
    </message>
    <message>
      <source>高額療養費（相続人）のご案内</source>
      <translation>Information on high-cost medical expenses (heirs)</translation>
    </message>
    <message>
      <source>相続人代表者指定届（固定資産税）</source>
      <translation>Designation of the heirs' representative (fixed asset tax)</translation>
    </message>
    <message>
      <source>固定資産税の相続人代表者指定届のご案内</source>
      <translation>Information on designating the heirs' representative for fixed asset tax</translation>
    </message>
    <message>
      <source>出産育児一時金の支給申請</source>
      <translation>Childbirth and childcare lump-sum allowance application</translation>
    </message>
    <message>
      <source>世帯主変更届（不要）</source>
      <translation>Change of head of household (not needed)</translation>
    </message>
    <message>
      <source>電子証明書 新規発行・更新申請書</source>
      <translation>Electronic certificate application</translation>
    </message>
    <message>
      <source>申請日</source>
      <translation>Date of application</translation>
    </message>
    <message>
      <source>申請の区分</source>
      <translation>Type of application</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Kana</translation>
    </message>
    <message>
      <source>性別</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>署名用電子証明書</source>
      <translation>Signature certificate</translation>
    </message>
    <message>
      <source>利用者証明用電子証明書</source>
      <translation>User authentication certificate</translation>
    </message>
    <message>
      <source>法定代理人 氏名</source>
      <translation>Legal representative's name</translation>
    </message>
    <message>
      <source>届出人 住所</source>
      <translation>Address of the person filing</translation>
    </message>
    <message>
      <source>電話番号</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <source>届出人 氏名</source>
      <translation>Name of the person filing</translation>
    </message>
    <message>
      <source>届出人の関係</source>
      <translation>Relationship of the person filing</translation>
    </message>
    <message>
      <source>個人番号カード 券面記載事項変更届・継続利用届</source>
      <translation>My Number card: change of details / continued use</translation>
    </message>
    <message>
      <source>届出日</source>
      <translation>Date of notification</translation>
    </message>
    <message>
      <source>変更する事項</source>
      <translation>Details to change</translation>
    </message>
    <message>
      <source>継続利用</source>
      <translation>Continued use</translation>
    </message>
    <message>
      <source>変更年月日</source>
      <translation>Date of change</translation>
    </message>
    <message>
      <source>新しい住所</source>
      <translation>New address</translation>
    </message>
    <message>
      <source>対象者</source>
      <translation>Person concerned</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>フリガナ／氏名</source>
      <translation>Kana / name</translation>
    </message>
    <message>
      <source>個人番号カード返納届</source>
      <translation>My Number card return notification</translation>
    </message>
    <message>
      <source>返納の理由</source>
      <translation>Reason for returning</translation>
    </message>
    <message>
      <source>死亡日・失効日</source>
      <translation>Date of death or expiry</translation>
    </message>
    <message>
      <source>返納するもの</source>
      <translation>Items returned</translation>
    </message>
    <message>
      <source>名義人との続柄</source>
      <translation>Relationship to the cardholder</translation>
    </message>
    <message>
      <source>個人番号カード交付申請書 兼 電子証明書発行申請書</source>
      <translation>My Number card and electronic certificate application</translation>
    </message>
    <message>
      <source>個人番号</source>
      <translation>My Number</translation>
    </message>
    <message>
      <source>受取</source>
      <translation>Collection</translation>
    </message>
    <message>
      <source>本籍</source>
      <translation>Registered domicile (honseki)</translation>
    </message>
    <message>
      <source>筆頭者の氏名</source>
      <translation>Head of the family register (hittōsha)</translation>
    </message>
    <message>
      <source>氏の振り仮名</source>
      <translation>Surname reading</translation>
    </message>
    <message>
      <source>名の振り仮名</source>
      <translation>Given-name reading</translation>
    </message>
    <message>
      <source>住民票の振り仮名</source>
      <translation>Reading in the residence record</translation>
    </message>
    <message>
      <source>読み方の資料</source>
      <translation>Document showing the reading</translation>
    </message>
    <message>
      <source>氏名の振り仮名の変更の届</source>
      <translation>Notification of a change of the name's furigana reading</translation>
    </message>
    <message>
      <source>ひとり親家庭等医療費助成 申請書</source>
      <translation>Single-parent family medical expense subsidy application form</translation>
    </message>
    <message>
      <source>該当する事由</source>
      <translation>Applicable reason</translation>
    </message>
    <message>
      <source>事由の発生日</source>
      <translation>Date it happened</translation>
    </message>
    <message>
      <source>児童扶養手当</source>
      <translation>Child Rearing Allowance</translation>
    </message>
    <message>
      <source>児童</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>続柄</source>
      <translation>Relationship</translation>
    </message>
    <message>
      <source>同居・別居</source>
      <translation>Living together or apart</translation>
    </message>
    <message>
      <source>子の健康保険</source>
      <translation>Child's health insurance</translation>
    </message>
    <message>
      <source>保険者名</source>
      <translation>Insurer</translation>
    </message>
    <message>
      <source>記号・番号</source>
      <translation>Symbol and number</translation>
    </message>
    <message>
      <source>被保険者（加入者）氏名</source>
      <translation>Name of the insured person</translation>
    </message>
    <message>
      <source>同意</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>印鑑登録廃止申請書（登録証返還・亡失届）</source>
      <translation>Seal registration cancellation (return or loss of the registration card)</translation>
    </message>
    <message>
      <source>印鑑登録番号</source>
      <translation>Seal registration number</translation>
    </message>
    <message>
      <source>廃止の日</source>
      <translation>Date of cancellation</translation>
    </message>
    <message>
      <source>廃止の理由</source>
      <translation>Reason for cancellation</translation>
    </message>
    <message>
      <source>印鑑登録証</source>
      <translation>Seal registration card</translation>
    </message>
    <message>
      <source>印鑑登録証明書交付申請書</source>
      <translation>Application for a seal registration certificate</translation>
    </message>
    <message>
      <source>登録番号</source>
      <translation>Registration number</translation>
    </message>
    <message>
      <source>必要な通数</source>
      <translation>Number of copies</translation>
    </message>
    <message>
      <source>窓口に来た人</source>
      <translation>Person at the counter</translation>
    </message>
    <message>
      <source>代理人 住所</source>
      <translation>Proxy's address</translation>
    </message>
    <message>
      <source>代理人 氏名</source>
      <translation>Proxy's name</translation>
    </message>
    <message>
      <source>印鑑登録申請書</source>
      <translation>Seal registration application form</translation>
    </message>
    <message>
      <source>本人確認の方法</source>
      <translation>How identity was confirmed</translation>
    </message>
    <message>
      <source>保証人 氏名（自署）</source>
      <translation>Guarantor's name (signed)</translation>
    </message>
    <message>
      <source>保証人 登録番号</source>
      <translation>Guarantor's registration number</translation>
    </message>
    <message>
      <source>変更の内容</source>
      <translation>What changes</translation>
    </message>
    <message>
      <source>変更の日</source>
      <translation>Date of change</translation>
    </message>
    <message>
      <source>前の登録市区町村</source>
      <translation>Municipality of previous registration</translation>
    </message>
    <message>
      <source>旧住所</source>
      <translation>Previous address</translation>
    </message>
    <message>
      <source>登録番号（鑑札）</source>
      <translation>Registration number (tag)</translation>
    </message>
    <message>
      <source>犬の名前</source>
      <translation>Dog's name</translation>
    </message>
    <message>
      <source>種類</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>毛色</source>
      <translation>Coat colour</translation>
    </message>
    <message>
      <source>注射済票番号（今年度）</source>
      <translation>Vaccination tag number (this year)</translation>
    </message>
    <message>
      <source>前の所有者（所有者変更のとき）</source>
      <translation>Previous owner (change of owner)</translation>
    </message>
    <message>
      <source>別居監護申立書</source>
      <translation>Statement of care for a child living apart</translation>
    </message>
    <message>
      <source>申立日</source>
      <translation>Date of statement</translation>
    </message>
    <message>
      <source>児童の住所</source>
      <translation>Child's address</translation>
    </message>
    <message>
      <source>学校名など</source>
      <translation>School etc.</translation>
    </message>
    <message>
      <source>別居開始日</source>
      <translation>Date they started living apart</translation>
    </message>
    <message>
      <source>別居の理由</source>
      <translation>Reason for living apart</translation>
    </message>
    <message>
      <source>監護・生計の状況</source>
      <translation>Care and living costs</translation>
    </message>
    <message>
      <source>受給者番号</source>
      <translation>Recipient number</translation>
    </message>
    <message>
      <source>変更した事項</source>
      <translation>Details changed</translation>
    </message>
    <message>
      <source>受給者氏名</source>
      <translation>Recipient's name</translation>
    </message>
    <message>
      <source>変更前</source>
      <translation>Before</translation>
    </message>
    <message>
      <source>変更後</source>
      <translation>After</translation>
    </message>
    <message>
      <source>児童手当・特例給付 額改定認定請求書・額改定届</source>
      <translation>Child Allowance / special benefit: application or notice of change of amount</translation>
    </message>
    <message>
      <source>請求日</source>
      <translation>Date of claim</translation>
    </message>
    <message>
      <source>区分</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>事由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>監護</source>
      <translation>Care</translation>
    </message>
    <message>
      <source>支払金融機関</source>
      <translation>Bank for payment</translation>
    </message>
    <message>
      <source>児童手当 額改定認定請求書・額改定届</source>
      <translation>Child Allowance: application or notice of change of amount</translation>
    </message>
    <message>
      <source>監護相当・生計費の負担についての確認書</source>
      <translation>Confirmation of care and living costs</translation>
    </message>
    <message>
      <source>提出日</source>
      <translation>Date submitted</translation>
    </message>
    <message>
      <source>請求者との同居</source>
      <translation>Lives with the claimant</translation>
    </message>
    <message>
      <source>学校名・勤務先</source>
      <translation>School or employer</translation>
    </message>
    <message>
      <source>別居の場合の住所</source>
      <translation>Address if living apart</translation>
    </message>
    <message>
      <source>子の状況</source>
      <translation>Child's situation</translation>
    </message>
    <message>
      <source>監護相当</source>
      <translation>Care provided</translation>
    </message>
    <message>
      <source>生計費の負担</source>
      <translation>Living costs paid</translation>
    </message>
    <message>
      <source>児童手当・特例給付 認定請求書</source>
      <translation>Child Allowance / special benefit application</translation>
    </message>
    <message>
      <source>請求の事由</source>
      <translation>Reason for the claim</translation>
    </message>
    <message>
      <source>職業</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>加入年金</source>
      <translation>Pension scheme</translation>
    </message>
    <message>
      <source>配偶者</source>
      <translation>Spouse</translation>
    </message>
    <message>
      <source>配偶者氏名</source>
      <translation>Spouse's name</translation>
    </message>
    <message>
      <source>配偶者個人番号</source>
      <translation>Spouse's My Number</translation>
    </message>
    <message>
      <source>支払希望金融機関</source>
      <translation>Preferred bank for payment</translation>
    </message>
    <message>
      <source>金融機関・支店・口座番号</source>
      <translation>Bank, branch and account number</translation>
    </message>
    <message>
      <source>児童手当 認定請求書</source>
      <translation>Child Allowance application</translation>
    </message>
    <message>
      <source>消滅年月日</source>
      <translation>Date of loss of eligibility</translation>
    </message>
    <message>
      <source>消滅の事由</source>
      <translation>Reason for loss of eligibility</translation>
    </message>
    <message>
      <source>転出先住所</source>
      <translation>Address moving to</translation>
    </message>
    <message>
      <source>住民票の写し等交付請求書</source>
      <translation>Request form for copies of the residence record (jūminhyō) etc.</translation>
    </message>
    <message>
      <source>必要な人との関係</source>
      <translation>Relationship to the person concerned</translation>
    </message>
    <message>
      <source>世帯主氏名</source>
      <translation>Head of household's name</translation>
    </message>
    <message>
      <source>必要な人の範囲</source>
      <translation>People covered</translation>
    </message>
    <message>
      <source>必要な人</source>
      <translation>Person concerned</translation>
    </message>
    <message>
      <source>証明の種類</source>
      <translation>Type of certificate</translation>
    </message>
    <message>
      <source>通数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>記載する事項</source>
      <translation>Items to include</translation>
    </message>
    <message>
      <source>使用目的・提出先</source>
      <translation>Purpose and where it is submitted</translation>
    </message>
    <message>
      <source>届出の種類</source>
      <translation>Type of notification</translation>
    </message>
    <message>
      <source>異動年月日</source>
      <translation>Date of the change</translation>
    </message>
    <message>
      <source>世帯変更の内容</source>
      <translation>Household change details</translation>
    </message>
    <message>
      <source>新住所</source>
      <translation>New address</translation>
    </message>
    <message>
      <source>新住所の世帯主</source>
      <translation>Head of household at the new address</translation>
    </message>
    <message>
      <source>国外転入の場合の国名</source>
      <translation>Country (moving in from abroad)</translation>
    </message>
    <message>
      <source>旧住所（従前の住所）</source>
      <translation>Previous address</translation>
    </message>
    <message>
      <source>旧住所の世帯主</source>
      <translation>Head of household at the previous address</translation>
    </message>
    <message>
      <source>転入届の特例</source>
      <translation>Special moving-in procedure</translation>
    </message>
    <message>
      <source>異動者</source>
      <translation>People moving</translation>
    </message>
    <message>
      <source>個人番号カード</source>
      <translation>My Number card</translation>
    </message>
    <message>
      <source>国籍・在留資格（外国人住民）</source>
      <translation>Nationality and status of residence (foreign residents)</translation>
    </message>
    <message>
      <source>介護保険 資格取得・異動・喪失届</source>
      <translation>Long-term care insurance: enrolment / change / loss</translation>
    </message>
    <message>
      <source>届出事由</source>
      <translation>Reason for notification</translation>
    </message>
    <message>
      <source>被保険者番号</source>
      <translation>Insured person's number</translation>
    </message>
    <message>
      <source>世帯主との続柄</source>
      <translation>Relationship to the head of household</translation>
    </message>
    <message>
      <source>被保険者</source>
      <translation>Insured person</translation>
    </message>
    <message>
      <source>住所地特例施設 名称・所在地</source>
      <translation>Facility under the special address rule: name and location</translation>
    </message>
    <message>
      <source>要介護・要支援認定</source>
      <translation>Care or support certification</translation>
    </message>
    <message>
      <source>受給資格証明書</source>
      <translation>Certificate of eligibility</translation>
    </message>
    <message>
      <source>介護保険 要介護認定・要支援認定申請書</source>
      <translation>Long-term care insurance: application for care or support certification</translation>
    </message>
    <message>
      <source>要介護状態区分</source>
      <translation>Care level</translation>
    </message>
    <message>
      <source>有効期間の満了日</source>
      <translation>End of the validity period</translation>
    </message>
    <message>
      <source>医療機関名</source>
      <translation>Hospital or clinic</translation>
    </message>
    <message>
      <source>医師氏名</source>
      <translation>Doctor's name</translation>
    </message>
    <message>
      <source>所得・課税証明書 交付申請書</source>
      <translation>Income and tax certificate application</translation>
    </message>
    <message>
      <source>1月1日の住所</source>
      <translation>Address on 1 January</translation>
    </message>
    <message>
      <source>証明書の種類</source>
      <translation>Type of certificate</translation>
    </message>
    <message>
      <source>年度</source>
      <translation>Fiscal year</translation>
    </message>
    <message>
      <source>使いみち</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>軽自動車税（種別割）申告書 兼 標識交付・返納申請書</source>
      <translation>Light vehicle tax declaration and plate issue/return</translation>
    </message>
    <message>
      <source>申告日</source>
      <translation>Date of declaration</translation>
    </message>
    <message>
      <source>申告の区分</source>
      <translation>Type of declaration</translation>
    </message>
    <message>
      <source>標識番号</source>
      <translation>Plate number</translation>
    </message>
    <message>
      <source>車台番号</source>
      <translation>Chassis number</translation>
    </message>
    <message>
      <source>車名（メーカー）</source>
      <translation>Make</translation>
    </message>
    <message>
      <source>排気量</source>
      <translation>Engine size</translation>
    </message>
    <message>
      <source>前の所有者（死亡）</source>
      <translation>Previous owner (deceased)</translation>
    </message>
    <message>
      <source>子ども医療費助成 受給資格登録申請書</source>
      <translation>Child medical subsidy: eligibility registration</translation>
    </message>
    <message>
      <source>子</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>後期高齢者医療 住所変更（資格取得・喪失）届</source>
      <translation>Late-stage elderly care: address change (enrolment / loss)</translation>
    </message>
    <message>
      <source>負担区分等証明書</source>
      <translation>Certificate of contribution category</translation>
    </message>
    <message>
      <source>住所地特例施設</source>
      <translation>Facility under the special address rule</translation>
    </message>
    <message>
      <source>戸籍証明書等の請求書</source>
      <translation>Family register certificate request form</translation>
    </message>
    <message>
      <source>必要な方の氏名</source>
      <translation>Name of the person concerned</translation>
    </message>
    <message>
      <source>請求者との関係</source>
      <translation>Relationship to the person requesting</translation>
    </message>
    <message>
      <source>戸籍証明書等の請求書（広域交付を含む）</source>
      <translation>Family register certificate request form (including nationwide issuance)</translation>
    </message>
    <message>
      <source>広域交付</source>
      <translation>Nationwide issuance</translation>
    </message>
    <message>
      <source>高額療養費支給申請書（相続人用）</source>
      <translation>High-cost medical expense benefit application (for heirs)</translation>
    </message>
    <message>
      <source>保険</source>
      <translation>Insurance</translation>
    </message>
    <message>
      <source>記号番号・被保険者番号</source>
      <translation>Symbol and number / insured person's number</translation>
    </message>
    <message>
      <source>死亡日</source>
      <translation>Date of death</translation>
    </message>
    <message>
      <source>診療年月</source>
      <translation>Month of treatment</translation>
    </message>
    <message>
      <source>亡くなった方との続柄</source>
      <translation>Relationship to the deceased</translation>
    </message>
    <message>
      <source>金融機関・支店</source>
      <translation>Bank and branch</translation>
    </message>
    <message>
      <source>種別</source>
      <translation>Account type</translation>
    </message>
    <message>
      <source>口座番号</source>
      <translation>Account number</translation>
    </message>
    <message>
      <source>口座名義（カナ）</source>
      <translation>Account holder (kana)</translation>
    </message>
    <message>
      <source>国民年金被保険者関係届書（申出書）</source>
      <translation>National Pension insured person notification</translation>
    </message>
    <message>
      <source>届出区分</source>
      <translation>Type of notification</translation>
    </message>
    <message>
      <source>基礎年金番号</source>
      <translation>Basic pension number</translation>
    </message>
    <message>
      <source>該当年月日</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <source>配偶者 個人番号</source>
      <translation>Spouse's My Number</translation>
    </message>
    <message>
      <source>勤務先・共済組合名</source>
      <translation>Employer or mutual aid association</translation>
    </message>
    <message>
      <source>国外からの転入</source>
      <translation>Moving in from abroad</translation>
    </message>
    <message>
      <source>国民健康保険 被保険者資格取得・喪失・異動届</source>
      <translation>NHI: enrolment / loss / change</translation>
    </message>
    <message>
      <source>届出の区分</source>
      <translation>Type of notification</translation>
    </message>
    <message>
      <source>記号・番号（世帯）</source>
      <translation>Symbol and number (household)</translation>
    </message>
    <message>
      <source>世帯主 個人番号</source>
      <translation>Head of household's My Number</translation>
    </message>
    <message>
      <source>前の保険（取得時）保険者名</source>
      <translation>Previous insurer (when joining)</translation>
    </message>
    <message>
      <source>資格喪失日</source>
      <translation>Date coverage ended</translation>
    </message>
    <message>
      <source>新しい保険（喪失時）保険者名</source>
      <translation>New insurer (when leaving)</translation>
    </message>
    <message>
      <source>非自発的失業</source>
      <translation>Involuntary unemployment</translation>
    </message>
    <message>
      <source>異動事由の詳細</source>
      <translation>Details of the change</translation>
    </message>
    <message>
      <source>返却するもの</source>
      <translation>Items returned</translation>
    </message>
    <message>
      <source>交付するもの</source>
      <translation>Items issued</translation>
    </message>
    <message>
      <source>国民健康保険 資格確認書交付申請書</source>
      <translation>NHI: eligibility certificate application</translation>
    </message>
    <message>
      <source>申請の理由</source>
      <translation>Reason for the application</translation>
    </message>
    <message>
      <source>受け取り方</source>
      <translation>How it is collected</translation>
    </message>
    <message>
      <source>障害者手帳 居住地（氏名）変更届・返還届</source>
      <translation>Disability certificate: change of residence (name) / return</translation>
    </message>
    <message>
      <source>手帳の種類</source>
      <translation>Type of certificate</translation>
    </message>
    <message>
      <source>手帳番号</source>
      <translation>Certificate number</translation>
    </message>
    <message>
      <source>変更・死亡の日</source>
      <translation>Date of change or death</translation>
    </message>
    <message>
      <source>国民健康保険 出産育児一時金支給申請書</source>
      <translation>NHI: childbirth lump-sum application</translation>
    </message>
    <message>
      <source>出産日</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>出産した方</source>
      <translation>Mother</translation>
    </message>
    <message>
      <source>妊娠週数</source>
      <translation>Weeks of pregnancy</translation>
    </message>
    <message>
      <source>生まれた子</source>
      <translation>Newborn</translation>
    </message>
    <message>
      <source>出産した医療機関</source>
      <translation>Hospital or clinic of the birth</translation>
    </message>
    <message>
      <source>直接支払制度</source>
      <translation>Direct payment system</translation>
    </message>
    <message>
      <source>葬祭費支給申請書</source>
      <translation>Funeral expenses benefit application form</translation>
    </message>
    <message>
      <source>制度</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <source>被保険者記号番号</source>
      <translation>Insured person's symbol and number</translation>
    </message>
    <message>
      <source>死亡年月日</source>
      <translation>Date of death</translation>
    </message>
    <message>
      <source>葬祭を行った日</source>
      <translation>Date of the funeral</translation>
    </message>
    <message>
      <source>故人との続柄</source>
      <translation>Relationship to the deceased</translation>
    </message>
    <message>
      <source>名義（カナ）</source>
      <translation>Account holder (kana)</translation>
    </message>
    <message>
      <source>受任者 氏名</source>
      <translation>Authorised person's name</translation>
    </message>
    <message>
      <source>相続人代表者指定届（固定資産税・都市計画税）</source>
      <translation>Designation of the heirs' representative (fixed asset tax and city planning tax)</translation>
    </message>
    <message>
      <source>死亡時の住所</source>
      <translation>Address at death</translation>
    </message>
    <message>
      <source>相続人</source>
      <translation>Heir</translation>
    </message>
    <message>
      <source>署名</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>転入学届（就学通知書交付）</source>
      <translation>School transfer-in notice (issue of a school attendance notice)</translation>
    </message>
    <message>
      <source>転入・転居の日</source>
      <translation>Date moved in or moved</translation>
    </message>
    <message>
      <source>児童生徒</source>
      <translation>Pupil</translation>
    </message>
    <message>
      <source>学年</source>
      <translation>School year</translation>
    </message>
    <message>
      <source>前の学校</source>
      <translation>Previous school</translation>
    </message>
    <message>
      <source>指定校（市記入）</source>
      <translation>Designated school (filled in by the city)</translation>
    </message>
    <message>
      <source>特定在留カード等交付申請書</source>
      <translation>Specified residence card application form</translation>
    </message>
    <message>
      <source>申請するカード</source>
      <translation>Card applied for</translation>
    </message>
    <message>
      <source>氏名（ローマ字）</source>
      <translation>Name (roman letters)</translation>
    </message>
    <message>
      <source>国籍・地域</source>
      <translation>Nationality or region</translation>
    </message>
    <message>
      <source>住居地</source>
      <translation>Place of residence</translation>
    </message>
    <message>
      <source>在留資格</source>
      <translation>Status of residence</translation>
    </message>
    <message>
      <source>在留期間</source>
      <translation>Period of stay</translation>
    </message>
    <message>
      <source>在留期間の満了日</source>
      <translation>Expiry of the period of stay</translation>
    </message>
    <message>
      <source>在留カード等番号</source>
      <translation>Residence card number</translation>
    </message>
    <message>
      <source>併せてする届出</source>
      <translation>Notifications filed at the same time</translation>
    </message>
  </context>
  <context>
    <name>IdentificationPage</name>
    <message>
      <source>2. 本人確認</source>
      <translation>2. Identify the resident</translation>
    </message>
    <message>
      <source>カード</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>住民記録</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>個人番号</source>
      <translation>My Number</translation>
    </message>
    <message>
      <source>住民記録の個人番号</source>
      <translation>My Number in the registry</translation>
    </message>
    <message>
      <source>同じ条件で一致する方が複数います。住民記録を確認して選んでください。</source>
      <translation>More than one person matches equally. Check the registry and choose one.</translation>
    </message>
    <message>
      <source>候補（一致度の高い順）(&amp;L)</source>
      <translation>Candidates (c&amp;losest match first)</translation>
    </message>
    <message>
      <source>住民記録を検索（基本4情報）</source>
      <translation>Search the registry (name, address, birth date, sex)</translation>
    </message>
    <message>
      <source>氏名(&amp;A)</source>
      <translation>N&amp;ame</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <source>住所</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>性別</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>検索(&amp;F)</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>該当なし：新しく転入する方として受付(&amp;T)</source>
      <translation>Not found: &amp;take as a new resident moving in</translation>
    </message>
    <message>
      <source>この個人番号は複数の住民記録に登録されています（記録の誤りの可能性があります）。</source>
      <translation>This My Number is on more than one registry record (a record may be wrong).</translation>
    </message>
    <message>
      <source>基本4情報で同じ一致度の候補が複数見つかりました。</source>
      <translation>Several candidates match name, address, birth date and sex equally well.</translation>
    </message>
    <message>
      <source>カードなしで受付中です。基本4情報で住民記録を検索してください。</source>
      <translation>Visit without a card. Search the registry by name, address, birth date and sex.</translation>
    </message>
    <message>
      <source>個人番号で住民記録が見つかりました。内容を確認して確定してください。</source>
      <translation>Found in the registry by My Number. Check and confirm.</translation>
    </message>
    <message>
      <source>基本4情報で候補が見つかりました。理由を確認し、ご本人を選んでください。</source>
      <translation>Candidates found by name, address, birth date and sex. Check the reasons and choose the resident.</translation>
    </message>
    <message>
      <source>住民記録に見つかりません。転入の方は「新しく転入する方として受付」を選んでください。</source>
      <translation>Not in the registry. For a person moving in, choose "Not found: take as a new resident moving in".</translation>
    </message>
    <message>
      <source>カードと住民記録で異なる項目: </source>
      <translation>Card and registry differ in: </translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>（転入前の住所など、カードの券面が古い場合があります）</source>
      <translation> (the card may still show an old address)</translation>
    </message>
    <message>
      <source>指定なし</source>
      <translation>Any</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>IssueTableModel</name>
    <message>
      <source>行番号</source>
      <translation>Line</translation>
    </message>
    <message>
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <source>区分</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>警告（取り込み済み）</source>
      <translation>Warning (row imported)</translation>
    </message>
    <message>
      <source>取り込めない行</source>
      <translation>Rejected rows</translation>
    </message>
  </context>
  <context>
    <name>LifeEventQuestions</name>
    <message>
      <source>転入した日</source>
      <translation>Date moved in</translation>
    </message>
    <message>
      <source>前住所の確認方法</source>
      <translation>How the previous address is confirmed</translation>
    </message>
    <message>
      <source>前住所</source>
      <translation>Previous address</translation>
    </message>
    <message>
      <source>転入前の国・地域</source>
      <translation>Country or region before moving in</translation>
    </message>
    <message>
      <source>新しい住所</source>
      <translation>New address</translation>
    </message>
    <message>
      <source>方書（建物名・部屋番号）</source>
      <translation>Building and room (katagaki)</translation>
    </message>
    <message>
      <source>現在の健康保険</source>
      <translation>Current health insurance</translation>
    </message>
    <message>
      <source>印鑑登録</source>
      <translation>Seal registration</translation>
    </message>
    <message>
      <source>児童手当の請求者（カードの方）の職業</source>
      <translation>Occupation of the Child Allowance claimant (card holder)</translation>
    </message>
    <message>
      <source>児童手当の振込先</source>
      <translation>Child Allowance payment account</translation>
    </message>
    <message>
      <source>振込先の金融機関・支店・口座番号</source>
      <translation>Bank, branch and account number for the payment</translation>
    </message>
    <message>
      <source>税・年金の情報を市が確認することへの同意</source>
      <translation>Consent to the city checking tax and pension records</translation>
    </message>
    <message>
      <source>署名用電子証明書を発行しますか（新しいカード）</source>
      <translation>Issue a signature certificate (new card)?</translation>
    </message>
    <message>
      <source>利用者証明用電子証明書を発行しますか</source>
      <translation>Issue a user authentication certificate?</translation>
    </message>
    <message>
      <source>マイナンバーカードの交付を申請しますか</source>
      <translation>Apply for a My Number card?</translation>
    </message>
    <message>
      <source>カードの受け取り方</source>
      <translation>How the card is collected</translation>
    </message>
    <message>
      <source>特定在留カード等（在留カード・特別永住者証明書とマイナンバーカードの一体化）の交付を申請しますか（任意）</source>
      <translation>Apply for a combined residence card and My Number card (optional)?</translation>
    </message>
    <message>
      <source>戸籍の振り仮名の通知（または戸籍に記載された振り仮名）は、日常の読み方と違いますか</source>
      <translation>Does the furigana in the family register notice (or in the koseki) differ from the everyday reading?</translation>
    </message>
    <message>
      <source>氏の振り仮名（カタカナ）</source>
      <translation>Surname reading (katakana)</translation>
    </message>
    <message>
      <source>名の振り仮名（カタカナ）</source>
      <translation>Given-name reading (katakana)</translation>
    </message>
    <message>
      <source>読み方が分かる資料</source>
      <translation>Document showing the reading</translation>
    </message>
    <message>
      <source>本籍（住民記録にないとき）</source>
      <translation>Registered domicile (honseki), if not in the registry</translation>
    </message>
    <message>
      <source>筆頭者の氏名（住民記録にないとき）</source>
      <translation>Name of the head of the family register (hittōsha), if not in the registry</translation>
    </message>
    <message>
      <source>18歳年度末を過ぎ22歳年度末までの子の世話をし、生計費（学費・生活費）の相当部分を負担していますか</source>
      <translation>Do you look after a child aged 18–22 (past the school year they turn 18) and pay a large part of their living or school costs?</translation>
    </message>
    <message>
      <source>別に住んでいる児童の別居の理由</source>
      <translation>Why the child lives apart</translation>
    </message>
    <message>
      <source>別に住んでいる児童との関わり（監護・生計）</source>
      <translation>Care and support of the child living apart</translation>
    </message>
    <message>
      <source>別居を始めた日</source>
      <translation>Date they started living apart</translation>
    </message>
    <message>
      <source>前の市区町村での要介護状態区分（受給資格証明書）</source>
      <translation>Care level in the previous municipality (certificate of eligibility)</translation>
    </message>
    <message>
      <source>認定の有効期間の満了日</source>
      <translation>End of the certification period</translation>
    </message>
    <message>
      <source>主治医の医療機関名</source>
      <translation>Attending doctor's hospital or clinic</translation>
    </message>
    <message>
      <source>主治医の氏名</source>
      <translation>Attending doctor's name</translation>
    </message>
    <message>
      <source>子の健康保険の種類</source>
      <translation>Child's health insurance type</translation>
    </message>
    <message>
      <source>子の健康保険の保険者名</source>
      <translation>Child's health insurer</translation>
    </message>
    <message>
      <source>子の健康保険の記号・番号</source>
      <translation>Child's insurance symbol and number</translation>
    </message>
    <message>
      <source>子が加入している保険の被保険者（加入者）の氏名</source>
      <translation>Name of the insured person covering the child</translation>
    </message>
    <message>
      <source>子ども医療費助成: 保護者の所得・課税の状況を市が確認することに同意しますか</source>
      <translation>Child medical subsidy: consent to the city checking the parents' income and tax records?</translation>
    </message>
    <message>
      <source>ひとり親家庭ですか</source>
      <translation>Single-parent family?</translation>
    </message>
    <message>
      <source>ひとり親家庭になった事由</source>
      <translation>Why the family became a single-parent family</translation>
    </message>
    <message>
      <source>その事由が生じた日</source>
      <translation>Date this happened</translation>
    </message>
    <message>
      <source>児童扶養手当の受給状況</source>
      <translation>Child Rearing Allowance status</translation>
    </message>
    <message>
      <source>ひとり親家庭等医療費助成: 申請者と扶養義務者の所得・課税の状況を市が確認することに同意しますか</source>
      <translation>Single-parent medical subsidy: consent to the city checking the income and tax records of the applicant and those liable for support?</translation>
    </message>
    <message>
      <source>マイナ保険証（健康保険証の利用登録をしたマイナンバーカード）をお持ちですか</source>
      <translation>Has a My Number health insurance card (My Number card registered for health insurance)?</translation>
    </message>
    <message>
      <source>マイナ保険証をお持ちでも資格確認書の交付を希望しますか</source>
      <translation>Wants an eligibility certificate even with a My Number health insurance card?</translation>
    </message>
    <message>
      <source>資格確認書が必要な理由</source>
      <translation>Why an eligibility certificate is needed</translation>
    </message>
    <message>
      <source>資格確認書の受け取り方</source>
      <translation>How the eligibility certificate is collected</translation>
    </message>
    <message>
      <source>犬を飼っていますか（登録が必要です）</source>
      <translation>Keeps a dog (it must be registered)?</translation>
    </message>
    <message>
      <source>犬の登録番号（鑑札の番号）</source>
      <translation>Dog registration number (on the tag)</translation>
    </message>
    <message>
      <source>犬の名前</source>
      <translation>Dog's name</translation>
    </message>
    <message>
      <source>犬の種類</source>
      <translation>Breed</translation>
    </message>
    <message>
      <source>毛色</source>
      <translation>Coat colour</translation>
    </message>
    <message>
      <source>犬の性別</source>
      <translation>Dog's sex</translation>
    </message>
    <message>
      <source>今年度の狂犬病予防注射済票の番号</source>
      <translation>This year's rabies vaccination tag number</translation>
    </message>
    <message>
      <source>前に登録していた市区町村</source>
      <translation>Municipality where the dog was registered</translation>
    </message>
    <message>
      <source>原動機付自転車（125cc以下）・小型特殊自動車をお持ちですか</source>
      <translation>Owns a moped (125 cc or less) or small special vehicle?</translation>
    </message>
    <message>
      <source>標識番号（ナンバー）</source>
      <translation>Plate number</translation>
    </message>
    <message>
      <source>車台番号</source>
      <translation>Chassis number</translation>
    </message>
    <message>
      <source>車名（メーカー）</source>
      <translation>Make</translation>
    </message>
    <message>
      <source>排気量（cc）</source>
      <translation>Engine size (cc)</translation>
    </message>
    <message>
      <source>日中の連絡先（電話番号）</source>
      <translation>Daytime phone number</translation>
    </message>
    <message>
      <source>届出人（カードの方でない場合）</source>
      <translation>Person filing (if not the card holder)</translation>
    </message>
    <message>
      <source>届出人の氏名</source>
      <translation>Name of the person filing</translation>
    </message>
    <message>
      <source>届出人の住所</source>
      <translation>Address of the person filing</translation>
    </message>
    <message>
      <source>転居した日</source>
      <translation>Date moved</translation>
    </message>
    <message>
      <source>特定在留カード等の交付を申請しますか（任意）</source>
      <translation>Apply for a combined residence card (optional)?</translation>
    </message>
    <message>
      <source>転出予定日</source>
      <translation>Planned moving-out date</translation>
    </message>
    <message>
      <source>転出先</source>
      <translation>Moving to</translation>
    </message>
    <message>
      <source>転出先の住所</source>
      <translation>Address moving to</translation>
    </message>
    <message>
      <source>お持ちの国民健康保険の証</source>
      <translation>National Health Insurance card held</translation>
    </message>
    <message>
      <source>印鑑登録証</source>
      <translation>Seal registration card</translation>
    </message>
    <message>
      <source>犬を飼っていますか（転出先で届出）</source>
      <translation>Keeps a dog (register it at the new municipality)?</translation>
    </message>
    <message>
      <source>出生日</source>
      <translation>Date of birth (newborn)</translation>
    </message>
    <message>
      <source>生まれた子のマイナンバーカードの交付を申請しますか（法定代理人が申請）</source>
      <translation>Apply for the newborn's My Number card (the legal guardian applies)?</translation>
    </message>
    <message>
      <source>子の署名用電子証明書を発行しますか（15歳未満は原則発行しません）</source>
      <translation>Issue the child's signature certificate (normally not issued under 15)?</translation>
    </message>
    <message>
      <source>子の利用者証明用電子証明書を発行しますか</source>
      <translation>Issue the child's user authentication certificate?</translation>
    </message>
    <message>
      <source>マイナ保険証をお持ちですか（世帯主）</source>
      <translation>Head of household has a My Number health insurance card?</translation>
    </message>
    <message>
      <source>出産育児一時金（直接支払制度の差額など）を申請しますか</source>
      <translation>Apply for the childbirth lump-sum allowance (e.g. the balance under direct payment)?</translation>
    </message>
    <message>
      <source>直接支払制度を利用しましたか</source>
      <translation>Was the direct payment system used?</translation>
    </message>
    <message>
      <source>出産した医療機関</source>
      <translation>Hospital or clinic of the birth</translation>
    </message>
    <message>
      <source>妊娠週数</source>
      <translation>Weeks of pregnancy</translation>
    </message>
    <message>
      <source>亡くなった方</source>
      <translation>Deceased</translation>
    </message>
    <message>
      <source>死亡日</source>
      <translation>Date of death</translation>
    </message>
    <message>
      <source>死亡届</source>
      <translation>Death notification</translation>
    </message>
    <message>
      <source>喪主（カードの方）から見た亡くなった方の続柄</source>
      <translation>Relationship of the deceased to the chief mourner (card holder)</translation>
    </message>
    <message>
      <source>亡くなった方のマイナンバーカード</source>
      <translation>Deceased's My Number card</translation>
    </message>
    <message>
      <source>葬祭執行日（葬儀を行った日）</source>
      <translation>Funeral date</translation>
    </message>
    <message>
      <source>葬祭費の振込先（金融機関・支店）</source>
      <translation>Funeral benefit account (bank and branch)</translation>
    </message>
    <message>
      <source>口座の種別</source>
      <translation>Account type</translation>
    </message>
    <message>
      <source>口座番号</source>
      <translation>Account number</translation>
    </message>
    <message>
      <source>口座名義（カナ）</source>
      <translation>Account holder (kana)</translation>
    </message>
    <message>
      <source>亡くなった方がお持ちだった国民健康保険の証</source>
      <translation>Deceased's National Health Insurance card</translation>
    </message>
    <message>
      <source>亡くなった方の印鑑登録証</source>
      <translation>Deceased's seal registration card</translation>
    </message>
    <message>
      <source>高額療養費の支給申請のお知らせが届いていますか（相続人が申請）</source>
      <translation>High-cost medical expense notice received (heirs apply)?</translation>
    </message>
    <message>
      <source>診療年月</source>
      <translation>Month of treatment</translation>
    </message>
    <message>
      <source>医療機関名</source>
      <translation>Hospital or clinic</translation>
    </message>
    <message>
      <source>亡くなった方は市内に土地・家屋をお持ちでしたか</source>
      <translation>Did the deceased own land or buildings in the city?</translation>
    </message>
    <message>
      <source>亡くなった方の死亡時の住所（世帯と違うとき）</source>
      <translation>Deceased's address at death (if not this household's)</translation>
    </message>
    <message>
      <source>相続用に戸籍証明書を請求しますか（種類）</source>
      <translation>Request family register certificates for inheritance (which)?</translation>
    </message>
    <message>
      <source>戸籍証明書の通数</source>
      <translation>Number of family register certificates</translation>
    </message>
    <message>
      <source>戸籍の方との関係</source>
      <translation>Relationship to the person in the register</translation>
    </message>
    <message>
      <source>戸籍証明書の使いみち</source>
      <translation>Purpose of the family register certificates</translation>
    </message>
    <message>
      <source>必要な方の氏名</source>
      <translation>Name of the person concerned</translation>
    </message>
    <message>
      <source>本籍地が他の市区町村の戸籍ですか（広域交付）</source>
      <translation>Is the family register held by another municipality (nationwide issuance)?</translation>
    </message>
    <message>
      <source>本籍</source>
      <translation>Registered domicile (honseki)</translation>
    </message>
    <message>
      <source>筆頭者の氏名</source>
      <translation>Head of the family register (hittōsha)</translation>
    </message>
    <message>
      <source>婚姻の日</source>
      <translation>Date of marriage</translation>
    </message>
    <message>
      <source>氏の変更</source>
      <translation>Surname change</translation>
    </message>
    <message>
      <source>世帯の合併</source>
      <translation>Merging households</translation>
    </message>
    <message>
      <source>新しい住所（転居する場合）</source>
      <translation>New address (if moving)</translation>
    </message>
    <message>
      <source>変更の日</source>
      <translation>Date of change</translation>
    </message>
    <message>
      <source>変更の内容</source>
      <translation>What changes</translation>
    </message>
    <message>
      <source>新しい世帯主の氏名</source>
      <translation>Name of the new head of household</translation>
    </message>
    <message>
      <source>請求する証明書</source>
      <translation>Certificate requested</translation>
    </message>
    <message>
      <source>誰の分</source>
      <translation>For whom</translation>
    </message>
    <message>
      <source>必要な通数</source>
      <translation>Number of copies</translation>
    </message>
    <message>
      <source>使いみち</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>戸籍証明書の種類</source>
      <translation>Type of family register certificate</translation>
    </message>
    <message>
      <source>通数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>本籍地が他の市区町村ですか（広域交付）</source>
      <translation>Is the registered domicile in another municipality (nationwide issuance)?</translation>
    </message>
    <message>
      <source>所得・課税証明書の種類</source>
      <translation>Type of income/tax certificate</translation>
    </message>
    <message>
      <source>年度（例: 令和8年度）</source>
      <translation>Fiscal year (e.g. Reiwa 8)</translation>
    </message>
    <message>
      <source>その年の1月1日の住所（違うとき）</source>
      <translation>Address on 1 January of that year (if different)</translation>
    </message>
    <message>
      <source>マイナンバーカード</source>
      <translation>My Number card</translation>
    </message>
    <message>
      <source>署名用電子証明書</source>
      <translation>Signature certificate</translation>
    </message>
    <message>
      <source>氏名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>フリガナ</source>
      <translation>Kana</translation>
    </message>
    <message>
      <source>生年月日</source>
      <translation>Birth date</translation>
    </message>
    <message>
      <source>性別</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>続柄（世帯主から見て）</source>
      <translation>Relationship to head</translation>
    </message>
    <message>
      <source>個人番号</source>
      <translation>My Number</translation>
    </message>
    <message>
      <source>外国人住民</source>
      <translation>Foreign resident</translation>
    </message>
    <message>
      <source>国籍・地域</source>
      <translation>Nationality or region</translation>
    </message>
    <message>
      <source>在留資格</source>
      <translation>Status of residence</translation>
    </message>
    <message>
      <source>在留期間</source>
      <translation>Period of stay</translation>
    </message>
    <message>
      <source>在留期間の満了日</source>
      <translation>Expiry of the period of stay</translation>
    </message>
    <message>
      <source>在留カード番号</source>
      <translation>Residence card number</translation>
    </message>
    <message>
      <source>通称</source>
      <translation>Alias (tsūshō)</translation>
    </message>
    <message>
      <source>カードの住所（転入前の住所）から</source>
      <translation>From the card's address (address before moving in)</translation>
    </message>
    <message>
      <source>住民記録に死亡の記載がある方を選んでいます</source>
      <translation>The person the registry records as deceased is chosen</translation>
    </message>
    <message>
      <source>空欄なら住民記録の続柄から（例：夫が亡くなった妻 → 夫）</source>
      <translation>Blank: from the registry (e.g. a widow → Husband)</translation>
    </message>
    <message>
      <source>例 3年</source>
      <translation>e.g. 3 years</translation>
    </message>
    <message>
      <source>転入届の特例（マイナンバーカード）</source>
      <translation>Special moving-in procedure (My Number card)</translation>
    </message>
    <message>
      <source>転出証明書</source>
      <translation>Moving-out certificate</translation>
    </message>
    <message>
      <source>国外から</source>
      <translation>From abroad</translation>
    </message>
    <message>
      <source>国民健康保険に入る</source>
      <translation>Join National Health Insurance</translation>
    </message>
    <message>
      <source>勤務先の健康保険</source>
      <translation>Employer's health insurance</translation>
    </message>
    <message>
      <source>加入していない</source>
      <translation>Not insured</translation>
    </message>
    <message>
      <source>希望する</source>
      <translation>Yes, wants it</translation>
    </message>
    <message>
      <source>希望しない</source>
      <translation>No</translation>
    </message>
    <message>
      <source>会社員</source>
      <translation>Company employee</translation>
    </message>
    <message>
      <source>パート</source>
      <translation>Part-time</translation>
    </message>
    <message>
      <source>公務員</source>
      <translation>Civil servant</translation>
    </message>
    <message>
      <source>自営</source>
      <translation>Self-employed</translation>
    </message>
    <message>
      <source>無職</source>
      <translation>Not working</translation>
    </message>
    <message>
      <source>その他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>公金受取口座を使う</source>
      <translation>Use the registered public benefits account</translation>
    </message>
    <message>
      <source>別の口座（申請書に記入）</source>
      <translation>Another account (written on the form)</translation>
    </message>
    <message>
      <source>同意する</source>
      <translation>Agrees</translation>
    </message>
    <message>
      <source>同意しない（証明書を提出）</source>
      <translation>Does not agree (will submit certificates)</translation>
    </message>
    <message>
      <source>発行する</source>
      <translation>Issue</translation>
    </message>
    <message>
      <source>発行しない</source>
      <translation>Do not issue</translation>
    </message>
    <message>
      <source>はい</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>いいえ</source>
      <translation>No</translation>
    </message>
    <message>
      <source>窓口</source>
      <translation>At the counter</translation>
    </message>
    <message>
      <source>郵送</source>
      <translation>By post</translation>
    </message>
    <message>
      <source>パスポート</source>
      <translation>Passport</translation>
    </message>
    <message>
      <source>預金通帳</source>
      <translation>Bank passbook</translation>
    </message>
    <message>
      <source>卒業証書</source>
      <translation>Graduation certificate</translation>
    </message>
    <message>
      <source>なし（一般の読み方）</source>
      <translation>None (common reading)</translation>
    </message>
    <message>
      <source>就学のため</source>
      <translation>School</translation>
    </message>
    <message>
      <source>就職のため</source>
      <translation>Work</translation>
    </message>
    <message>
      <source>施設入所のため</source>
      <translation>Living in a care facility</translation>
    </message>
    <message>
      <source>請求者の単身赴任</source>
      <translation>Claimant works away from home</translation>
    </message>
    <message>
      <source>月に1回以上会っている</source>
      <translation>They meet at least once a month</translation>
    </message>
    <message>
      <source>生活費・学資金を送っている</source>
      <translation>Living or school costs are sent</translation>
    </message>
    <message>
      <source>休みには同居している</source>
      <translation>They live together during holidays</translation>
    </message>
    <message>
      <source>要支援1</source>
      <translation>Support level 1</translation>
    </message>
    <message>
      <source>要支援2</source>
      <translation>Support level 2</translation>
    </message>
    <message>
      <source>要介護1</source>
      <translation>Care level 1</translation>
    </message>
    <message>
      <source>要介護2</source>
      <translation>Care level 2</translation>
    </message>
    <message>
      <source>要介護3</source>
      <translation>Care level 3</translation>
    </message>
    <message>
      <source>要介護4</source>
      <translation>Care level 4</translation>
    </message>
    <message>
      <source>要介護5</source>
      <translation>Care level 5</translation>
    </message>
    <message>
      <source>国民健康保険</source>
      <translation>National Health Insurance</translation>
    </message>
    <message>
      <source>健康保険（会社など）</source>
      <translation>Health insurance (employer etc.)</translation>
    </message>
    <message>
      <source>共済組合</source>
      <translation>Mutual aid association</translation>
    </message>
    <message>
      <source>離婚</source>
      <translation>Divorce</translation>
    </message>
    <message>
      <source>死別</source>
      <translation>Death of spouse</translation>
    </message>
    <message>
      <source>未婚</source>
      <translation>Never married</translation>
    </message>
    <message>
      <source>配偶者の障害</source>
      <translation>Spouse's disability</translation>
    </message>
    <message>
      <source>遺棄・拘禁など</source>
      <translation>Abandonment, detention etc.</translation>
    </message>
    <message>
      <source>受給中</source>
      <translation>Receiving it</translation>
    </message>
    <message>
      <source>申請中</source>
      <translation>Applied</translation>
    </message>
    <message>
      <source>受けていない</source>
      <translation>Not receiving it</translation>
    </message>
    <message>
      <source>登録済み</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>未登録</source>
      <translation>Not registered</translation>
    </message>
    <message>
      <source>マイナ保険証での受診が難しい（高齢・障害など）</source>
      <translation>Hard to use the My Number health insurance card (age, disability etc.)</translation>
    </message>
    <message>
      <source>マイナ保険証の利用登録を解除する</source>
      <translation>Cancelling the My Number card's health insurance registration</translation>
    </message>
    <message>
      <source>紛失・破損（再交付）</source>
      <translation>Lost or damaged (reissue)</translation>
    </message>
    <message>
      <source>窓口で受け取る</source>
      <translation>Collect at the counter</translation>
    </message>
    <message>
      <source>住所へ郵送</source>
      <translation>Post to the address</translation>
    </message>
    <message>
      <source>オス</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>メス</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>代理人（委任状あり）</source>
      <translation>Proxy (with a letter of authorisation)</translation>
    </message>
    <message>
      <source>法定代理人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <source>同じ世帯の方</source>
      <translation>Member of the same household</translation>
    </message>
    <message>
      <source>国内の市区町村</source>
      <translation>Another municipality in Japan</translation>
    </message>
    <message>
      <source>国外</source>
      <translation>Abroad</translation>
    </message>
    <message>
      <source>被保険者証</source>
      <translation>Health insurance card</translation>
    </message>
    <message>
      <source>資格確認書</source>
      <translation>Eligibility certificate</translation>
    </message>
    <message>
      <source>資格情報のお知らせのみ</source>
      <translation>Eligibility information notice only</translation>
    </message>
    <message>
      <source>返還する</source>
      <translation>Return it</translation>
    </message>
    <message>
      <source>紛失</source>
      <translation>Lost</translation>
    </message>
    <message>
      <source>利用した</source>
      <translation>Used</translation>
    </message>
    <message>
      <source>利用しない</source>
      <translation>Not used</translation>
    </message>
    <message>
      <source>提出済み（葬儀社などが提出）</source>
      <translation>Already filed (e.g. by the funeral company)</translation>
    </message>
    <message>
      <source>まだ出していない</source>
      <translation>Not filed yet</translation>
    </message>
    <message>
      <source>持っていた</source>
      <translation>Had one</translation>
    </message>
    <message>
      <source>持っていなかった</source>
      <translation>Did not have one</translation>
    </message>
    <message>
      <source>普通</source>
      <translation>Ordinary</translation>
    </message>
    <message>
      <source>当座</source>
      <translation>Current</translation>
    </message>
    <message>
      <source>戸籍謄本（全部事項証明）</source>
      <translation>Full family register copy (koseki tōhon)</translation>
    </message>
    <message>
      <source>戸籍抄本（個人事項証明）</source>
      <translation>Individual family register extract (koseki shōhon)</translation>
    </message>
    <message>
      <source>除籍謄本</source>
      <translation>Closed family register copy (joseki tōhon)</translation>
    </message>
    <message>
      <source>改製原戸籍謄本</source>
      <translation>Pre-revision family register copy (kaisei genkoseki)</translation>
    </message>
    <message>
      <source>戸籍の附票</source>
      <translation>Family register residence record (koseki no fuhyō)</translation>
    </message>
    <message>
      <source>身分証明書</source>
      <translation>Certificate of legal capacity (mibun shōmeisho)</translation>
    </message>
    <message>
      <source>本人</source>
      <translation>Self</translation>
    </message>
    <message>
      <source>配偶者</source>
      <translation>Spouse</translation>
    </message>
    <message>
      <source>子・孫</source>
      <translation>Child or grandchild</translation>
    </message>
    <message>
      <source>父母・祖父母</source>
      <translation>Parent or grandparent</translation>
    </message>
    <message>
      <source>相続</source>
      <translation>Inheritance</translation>
    </message>
    <message>
      <source>年金</source>
      <translation>Pension</translation>
    </message>
    <message>
      <source>婚姻</source>
      <translation>Marriage</translation>
    </message>
    <message>
      <source>就職</source>
      <translation>Employment</translation>
    </message>
    <message>
      <source>氏が変わる</source>
      <translation>Surname changes</translation>
    </message>
    <message>
      <source>氏は変わらない</source>
      <translation>Surname stays</translation>
    </message>
    <message>
      <source>相手の世帯と合併する</source>
      <translation>Merge with the partner's household</translation>
    </message>
    <message>
      <source>合併しない</source>
      <translation>Do not merge</translation>
    </message>
    <message>
      <source>世帯主変更</source>
      <translation>Change of head of household</translation>
    </message>
    <message>
      <source>世帯分離</source>
      <translation>Household split</translation>
    </message>
    <message>
      <source>世帯合併</source>
      <translation>Household merger</translation>
    </message>
    <message>
      <source>構成変更</source>
      <translation>Change of members</translation>
    </message>
    <message>
      <source>住民票の写し</source>
      <translation>Copy of the residence record (jūminhyō)</translation>
    </message>
    <message>
      <source>印鑑登録証明書</source>
      <translation>Seal registration certificate</translation>
    </message>
    <message>
      <source>除票の写し</source>
      <translation>Copy of the removed residence record</translation>
    </message>
    <message>
      <source>住民票記載事項証明書</source>
      <translation>Certificate of residence record entries</translation>
    </message>
    <message>
      <source>本人のみ</source>
      <translation>Self only</translation>
    </message>
    <message>
      <source>世帯全員</source>
      <translation>Whole household</translation>
    </message>
    <message>
      <source>世帯の一部</source>
      <translation>Some household members</translation>
    </message>
    <message>
      <source>運転免許</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <source>就職・勤務先へ提出</source>
      <translation>Employment (for the employer)</translation>
    </message>
    <message>
      <source>金融機関</source>
      <translation>Bank or financial institution</translation>
    </message>
    <message>
      <source>登記</source>
      <translation>Property registration</translation>
    </message>
    <message>
      <source>保険</source>
      <translation>Insurance</translation>
    </message>
    <message>
      <source>所得証明書</source>
      <translation>Income certificate</translation>
    </message>
    <message>
      <source>課税証明書</source>
      <translation>Tax certificate</translation>
    </message>
    <message>
      <source>所得・課税証明書</source>
      <translation>Income and tax certificate</translation>
    </message>
    <message>
      <source>非課税証明書</source>
      <translation>Tax exemption certificate</translation>
    </message>
    <message>
      <source>児童手当</source>
      <translation>Child Allowance</translation>
    </message>
    <message>
      <source>保育園・幼稚園</source>
      <translation>Nursery or kindergarten</translation>
    </message>
    <message>
      <source>奨学金</source>
      <translation>Scholarship</translation>
    </message>
    <message>
      <source>公営住宅</source>
      <translation>Public housing</translation>
    </message>
    <message>
      <source>融資</source>
      <translation>Loan</translation>
    </message>
    <message>
      <source>持っている</source>
      <translation>Has one</translation>
    </message>
    <message>
      <source>持っていない</source>
      <translation>Does not have one</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>世帯主</source>
      <translation>Head of household</translation>
    </message>
    <message>
      <source>妻</source>
      <translation>Wife</translation>
    </message>
    <message>
      <source>夫</source>
      <translation>Husband</translation>
    </message>
    <message>
      <source>子</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>父</source>
      <translation>Father</translation>
    </message>
    <message>
      <source>母</source>
      <translation>Mother</translation>
    </message>
    <message>
      <source>妻の父</source>
      <translation>Wife's father</translation>
    </message>
    <message>
      <source>妻の母</source>
      <translation>Wife's mother</translation>
    </message>
    <message>
      <source>夫の父</source>
      <translation>Husband's father</translation>
    </message>
    <message>
      <source>夫の母</source>
      <translation>Husband's mother</translation>
    </message>
    <message>
      <source>子の妻</source>
      <translation>Child's wife</translation>
    </message>
    <message>
      <source>子の子</source>
      <translation>Grandchild (child's child)</translation>
    </message>
    <message>
      <source>兄</source>
      <translation>Elder brother</translation>
    </message>
    <message>
      <source>姉</source>
      <translation>Elder sister</translation>
    </message>
    <message>
      <source>弟</source>
      <translation>Younger brother</translation>
    </message>
    <message>
      <source>妹</source>
      <translation>Younger sister</translation>
    </message>
    <message>
      <source>同居人</source>
      <translation>Lodger (non-relative)</translation>
    </message>
    <message>
      <source>日本国籍</source>
      <translation>Japanese national</translation>
    </message>
    <message>
      <source>永住者</source>
      <translation>Permanent resident</translation>
    </message>
    <message>
      <source>特別永住者</source>
      <translation>Special permanent resident</translation>
    </message>
    <message>
      <source>定住者</source>
      <translation>Long-term resident</translation>
    </message>
    <message>
      <source>日本人の配偶者等</source>
      <translation>Spouse or child of a Japanese national</translation>
    </message>
    <message>
      <source>永住者の配偶者等</source>
      <translation>Spouse or child of a permanent resident</translation>
    </message>
    <message>
      <source>技術・人文知識・国際業務</source>
      <translation>Engineer / Specialist in Humanities / International Services</translation>
    </message>
    <message>
      <source>技能</source>
      <translation>Skilled labour</translation>
    </message>
    <message>
      <source>技能実習</source>
      <translation>Technical intern training</translation>
    </message>
    <message>
      <source>特定技能</source>
      <translation>Specified skilled worker</translation>
    </message>
    <message>
      <source>留学</source>
      <translation>Student</translation>
    </message>
    <message>
      <source>家族滞在</source>
      <translation>Dependent</translation>
    </message>
    <message>
      <source>経営・管理</source>
      <translation>Business manager</translation>
    </message>
    <message>
      <source>教授</source>
      <translation>Professor</translation>
    </message>
    <message>
      <source>特定活動</source>
      <translation>Designated activities</translation>
    </message>
    <message>
      <source>妻の子</source>
      <translation>Wife's child</translation>
    </message>
    <message>
      <source>夫の子</source>
      <translation>Husband's child</translation>
    </message>
    <message>
      <source>カードの方が届出</source>
      <translation>The card holder files it</translation>
    </message>
    <message>
      <source>（選んでください）</source>
      <translation>(please choose)</translation>
    </message>
    <message>
      <source>（なし）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>転入</source>
      <translation>Moving in</translation>
    </message>
    <message>
      <source>転居</source>
      <translation>Moving within the town</translation>
    </message>
    <message>
      <source>転出</source>
      <translation>Moving out</translation>
    </message>
    <message>
      <source>出生</source>
      <translation>Birth</translation>
    </message>
    <message>
      <source>死亡</source>
      <translation>Death</translation>
    </message>
    <message>
      <source>世帯変更</source>
      <translation>Household change</translation>
    </message>
    <message>
      <source>証明書の請求</source>
      <translation>Certificate request</translation>
    </message>
    <message>
      <source>回答が必要です。</source>
      <translation>An answer is needed.</translation>
    </message>
    <message>
      <source>書式が正しくありません（{expected}）。</source>
      <translation>Wrong format ({expected}).</translation>
    </message>
    <message>
      <source>日付が受付できる範囲にありません（{expected}）。</source>
      <translation>Date outside the accepted range ({expected}).</translation>
    </message>
    <message>
      <source>個人番号の検査用数字が合いません。番号を確かめてください。</source>
      <translation>The My Number check digit does not match. Check the number.</translation>
    </message>
    <message>
      <source>一覧から選んでください。</source>
      <translation>Choose from the list.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD の日付（例 2026-11-01）</source>
      <translation>a date as YYYY-MM-DD (e.g. 2026-11-01)</translation>
    </message>
    <message>
      <source>受付日の2年前から60日後まで</source>
      <translation>from 2 years before to 60 days after the visit date</translation>
    </message>
    <message>
      <source>明治以降、受付日から60日後まで</source>
      <translation>from the Meiji era to 60 days after the visit date</translation>
    </message>
    <message>
      <source>今日以降の日付</source>
      <translation>a date from today on</translation>
    </message>
    <message>
      <source>カタカナ（氏と名の間は空白）</source>
      <translation>katakana (a space between surname and given name)</translation>
    </message>
    <message>
      <source>0から始まる電話番号（例 0155-12-3456）</source>
      <translation>a phone number starting with 0 (e.g. 0155-12-3456)</translation>
    </message>
    <message>
      <source>数字</source>
      <translation>digits</translation>
    </message>
    <message>
      <source>1〜99の整数</source>
      <translation>a whole number from 1 to 99</translation>
    </message>
    <message>
      <source>12桁の数字</source>
      <translation>12 digits</translation>
    </message>
    <message>
      <source>英字2桁＋数字8桁＋英字2桁（例 AB12345678CD）</source>
      <translation>2 letters + 8 digits + 2 letters (e.g. AB12345678CD)</translation>
    </message>
    <message>
      <source>世帯主から見た続柄（妻、子、妻の父 など）</source>
      <translation>relationship as seen from the head of household (wife, child, wife's father …)</translation>
    </message>
  </context>
  <context>
    <name>LockPage</name>
    <message>
      <source>画面をロックしました。個人情報を隠しています。
続けるには、サインインしている職員のパスワードを入力してください。</source>
      <translation>The screen is locked and personal data is hidden.
Enter the signed-in staff member's password to continue.</translation>
    </message>
    <message>
      <source>職員</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>パスワード(&amp;P)</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <source>ロック解除(&amp;U)</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>別の職員でサインイン(&amp;S)</source>
      <translation>&amp;Sign in as another staff member</translation>
    </message>
    <message>
      <source>いまの職員をサインアウトします。受付中の内容は保存され、あとで再開できます。</source>
      <translation>Signs the current staff member out. The visit in progress is kept and can be continued.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>練習モード（模擬カード・架空の住民データ。印刷物には「見本」が入ります）</source>
      <translation>PRACTICE MODE (simulated card, fictional residents; prints carry "見本" SAMPLE)</translation>
    </message>
    <message>
      <source>パネル</source>
      <translation>Panels</translation>
    </message>
    <message>
      <source>サインインしてください</source>
      <translation>Please sign in</translation>
    </message>
    <message>
      <source>窓口 — 書かない窓口</source>
      <translation>Madoguchi — no-writing counter</translation>
    </message>
    <message>
      <source>【練習モード】</source>
      <translation> [PRACTICE MODE]</translation>
    </message>
    <message>
      <source>受付を中止</source>
      <translation>Cancel visit</translation>
    </message>
    <message>
      <source>← 戻る (Alt+←)</source>
      <translation>← Back (Alt+←)</translation>
    </message>
    <message>
      <source>次へ → (Ctrl+Enter)</source>
      <translation>Next → (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>窓口受付 (F2)</source>
      <translation>Counter (F2)</translation>
    </message>
    <message>
      <source>職員: </source>
      <translation>Staff: </translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>受付なし</source>
      <translation>No visit</translation>
    </message>
    <message>
      <source>（転入・新規）</source>
      <translation> (moving in, new)</translation>
    </message>
    <message>
      <source>受付中: </source>
      <translation>Visit: </translation>
    </message>
    <message>
      <source>カードをお返しください（リーダーに前の方のカードが置かれたままです）。</source>
      <translation>Please return the card (the previous resident's card is still on the reader).</translation>
    </message>
    <message>
      <source>カードをリーダーから取って、ご本人にお返しください。</source>
      <translation>Take the card off the reader and hand it back to the resident.</translation>
    </message>
    <message>
      <source>別のカード</source>
      <translation>Another card</translation>
    </message>
    <message>
      <source>受付中に別のカードが置かれました。新しい受付を始めますか？
今の受付は保存され、あとで再開できます。</source>
      <translation>Another card was placed during this visit. Start a new visit?
The current visit is saved and can be resumed later.</translation>
    </message>
    <message>
      <source>この受付を中止しますか？入力した内容は破棄されます。</source>
      <translation>Cancel this visit? What was entered will be discarded.</translation>
    </message>
    <message>
      <source>ロック中</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>カード読み取り前</source>
      <translation>Card not read</translation>
    </message>
    <message>
      <source>本人確認中</source>
      <translation>Identifying</translation>
    </message>
    <message>
      <source>本人確認済み</source>
      <translation>Identified</translation>
    </message>
    <message>
      <source>手続き選択中</source>
      <translation>Choosing procedures</translation>
    </message>
    <message>
      <source>申請書確認中</source>
      <translation>Reviewing forms</translation>
    </message>
    <message>
      <source>印刷待ち</source>
      <translation>Ready to print</translation>
    </message>
    <message>
      <source>決裁待ち</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>決裁済み</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>印刷済み</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>窓口職員</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>審査者</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>研修担当</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>管理者</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>MyNumberRevealWidget</name>
    <message>
      <source>個人番号</source>
      <translation>My Number</translation>
    </message>
    <message>
      <source>表示(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>表示すると監査ログに記録され、一定時間後に自動で隠します</source>
      <translation>Showing it is recorded in the audit log; it is hidden again after a while</translation>
    </message>
    <message>
      <source>あと %1 秒で隠します</source>
      <translation>Hiding in %1 s</translation>
    </message>
  </context>
  <context>
    <name>OfficeSettingsPage</name>
    <message>
      <source>事務所の設定</source>
      <translation>Office settings</translation>
    </message>
    <message>
      <source>設定</source>
      <translation>Setting</translation>
    </message>
    <message>
      <source>キー</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>値</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>新しい値（on/off、数値、コードのカンマ区切り）</source>
      <translation>New value (on/off, a number, or codes separated by commas)</translation>
    </message>
    <message>
      <source>この設定を変更</source>
      <translation>Change this setting</translation>
    </message>
    <message>
      <source>「%1」を変更しました。</source>
      <translation>Changed: %1.</translation>
    </message>
    <message>
      <source>申請書の正式印刷に決裁を必要とする</source>
      <translation>Final printing needs a supervisor's approval</translation>
    </message>
    <message>
      <source>決裁（承認）時にもコメントを必須にする（差戻しは常に必須）</source>
      <translation>Require a comment when approving too (returning always needs one)</translation>
    </message>
    <message>
      <source>職員ログインの連続失敗でロックする回数</source>
      <translation>Failed sign-ins in a row before an account locks</translation>
    </message>
    <message>
      <source>個人番号を画面に表示しておく秒数</source>
      <translation>Seconds a revealed My Number stays on screen</translation>
    </message>
    <message>
      <source>決裁なしで印刷できる手続き（手続きコードをカンマ区切り）</source>
      <translation>Procedures that print without approval (procedure codes, comma-separated)</translation>
    </message>
  </context>
  <context>
    <name>PacketPreview</name>
    <message>
      <source>プレビューを作成中…</source>
      <translation>Rendering preview…</translation>
    </message>
    <message>
      <source>プレビューを表示できません。</source>
      <translation>The preview cannot be shown.</translation>
    </message>
  </context>
  <context>
    <name>PasswordChangeDialog</name>
    <message>
      <source>パスワードの変更</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>管理者がパスワードを再設定したため、新しいパスワードを決めてください。</source>
      <translation>An administrator reset your password: choose a new one.</translation>
    </message>
    <message>
      <source>新しいパスワードは8文字以上で、職員名と異なるものにしてください。</source>
      <translation>The new password needs at least 8 characters and must differ from the staff name.</translation>
    </message>
    <message>
      <source>現在のパスワード(&amp;O)</source>
      <translation>Current password (&amp;O)</translation>
    </message>
    <message>
      <source>新しいパスワード(&amp;N)</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <source>新しいパスワード（確認）(&amp;R)</source>
      <translation>&amp;Repeat new password</translation>
    </message>
    <message>
      <source>変更する</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>キャンセル</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>新しいパスワードが2回とも同じになるよう入力してください。</source>
      <translation>Enter the same new password twice.</translation>
    </message>
    <message>
      <source>変更しています…</source>
      <translation>Changing…</translation>
    </message>
  </context>
  <context>
    <name>PeopleEditor</name>
    <message>
      <source>一緒に届け出る方を追加(&amp;M)</source>
      <translation>Add &amp;more people to this notice</translation>
    </message>
    <message>
      <source>一緒に届け出る方</source>
      <translation>Another person on this notice</translation>
    </message>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
  </context>
  <context>
    <name>PersonBox</name>
    <message>
      <source>この方を削除</source>
      <translation>Remove this person</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>世帯員が登録されていません（住民記録を確認してください）</source>
      <translation>No household members registered (check the registry)</translation>
    </message>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>　生年月日 %1</source>
      <translation>  born %1</translation>
    </message>
  </context>
  <context>
    <name>PinPadDialog</name>
    <message>
      <source>暗証番号の入力</source>
      <translation>Enter PIN</translation>
    </message>
    <message>
      <source>暗証番号（数字4桁）</source>
      <translation>PIN (4 digits)</translation>
    </message>
    <message>
      <source>消去</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>残り1回です。間違えるとロックされることをご本人に確認しました(&amp;K)</source>
      <translation>Only one try left: the resident understands a wrong PIN loc&amp;ks the card</translation>
    </message>
    <message>
      <source>カードなしで続ける（住民記録を検索）(&amp;S)</source>
      <translation>Continue without the card (&amp;search the records)</translation>
    </message>
    <message>
      <source>中止</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>読み取る(&amp;R)</source>
      <translation>&amp;Read</translation>
    </message>
    <message numerus="yes">
      <source>残り %n 回</source>
      <translation>
        <numerusform>%n try left</numerusform>
        <numerusform>%n tries left</numerusform>
      </translation>
    </message>
    <message>
      <source>ロックされています</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>暗証番号がロックされているため、カードを読み取れません。暗証番号の初期化・再設定は市民課のマイナンバーカード窓口で行えます（ご本人が来庁し、カードをお持ちください）。このまま受付を続ける場合は、カードなしで住民記録を検索します。</source>
      <translation>The PIN is locked, so the card cannot be read. The PIN can be reset at the My Number card desk of the Citizens Division (the resident comes in person with the card). To continue this visit, search the registry without the card.</translation>
    </message>
    <message>
      <source>ご本人に暗証番号（数字4桁）を入力していただいてください。残り1回です。間違えるとロックされ、窓口での再設定が必要になります。</source>
      <translation>Ask the resident to enter the 4-digit PIN. Only one try is left: a wrong PIN locks the card and it must be reset at the counter.</translation>
    </message>
    <message>
      <source>ご本人に暗証番号（数字4桁、券面事項入力補助用）を入力していただいてください。</source>
      <translation>Ask the resident to enter the 4-digit PIN (card-info input helper).</translation>
    </message>
  </context>
  <context>
    <name>PrintPage</name>
    <message>
      <source>6. 印刷</source>
      <translation>6. Print</translation>
    </message>
    <message>
      <source>お渡しする書類（手続き案内が先頭）</source>
      <translation>Documents for the resident (procedure guide first)</translation>
    </message>
    <message>
      <source>印刷プレビュー(&amp;V)</source>
      <translation>Print pre&amp;view</translation>
    </message>
    <message>
      <source>印刷(&amp;P)…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>PDFとして保存(&amp;S)…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>決裁へ提出(&amp;U)</source>
      <translation>S&amp;ubmit for approval</translation>
    </message>
    <message>
      <source>決裁（承認・差し戻し）(&amp;A)…</source>
      <translation>&amp;Approve or return…</translation>
    </message>
    <message>
      <source>次の受付へ(&amp;N)</source>
      <translation>&amp;Next visit</translation>
    </message>
    <message>
      <source>手続き案内</source>
      <translation>Procedure guide</translation>
    </message>
    <message>
      <source>  ・%1：%2</source>
      <translation>  • %1: %2</translation>
    </message>
    <message>
      <source>差し戻されました: </source>
      <translation>Returned: </translation>
    </message>
    <message>
      <source>印刷プレビュー</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>印刷</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>印刷しています…（プリンターへ送っています）</source>
      <translation>Printing… (sending to the printer)</translation>
    </message>
    <message>
      <source>PDFとして保存</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>確認が済みました。印刷するか、決裁へ提出してください。</source>
      <translation>Review done. Print, or submit for approval.</translation>
    </message>
    <message>
      <source>確認が済みました。この窓口では決裁後に印刷します。決裁へ提出してください。</source>
      <translation>Review done. This office prints after approval: submit for approval.</translation>
    </message>
    <message>
      <source>決裁待ちです。決裁後に印刷できます。</source>
      <translation>Awaiting approval. Printing is possible after approval.</translation>
    </message>
    <message>
      <source>決裁済みです。印刷できます。</source>
      <translation>Approved. Ready to print.</translation>
    </message>
    <message>
      <source>印刷済みです。続けて次の受付を始められます。</source>
      <translation>Printed. You can start the next visit.</translation>
    </message>
  </context>
  <context>
    <name>ProcedureModel</name>
    <message>
      <source>（職員が追加）</source>
      <translation> (added by clerk)</translation>
    </message>
    <message>
      <source>手続き</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <source>追加・除外の理由</source>
      <translation>Reason for change</translation>
    </message>
  </context>
  <context>
    <name>ProcedureReasons</name>
    <message>
      <source>亡くなった方（{names}）が国保・後期高齢者医療に加入していたため 高額療養費の支給がある場合は相続人が申請できます（通知をお送りします）</source>
      <translation>The deceased ({names}) was in NHI or late-stage elderly medical care, so heirs can claim any high-cost medical expense benefit (a notice will be sent)</translation>
    </message>
    <message>
      <source>{names}が要介護・要支援の認定を受けているため 受給資格証明書の提出が必要（14日以内に出さないと認定が引き継がれません）</source>
      <translation>{names} has a care or support certification, so the certificate of eligibility must be handed in (within 14 days, or the certification is not carried over)</translation>
    </message>
    <message>
      <source>{names}は22歳年度末までの子で 養育する子が3人以上になるため 監護相当・生計費の負担についての確認書が必要（多子加算）</source>
      <translation>{names} is a child up to the school year they turn 22 and the family now raises 3 or more children, so the confirmation of care and living costs is needed (extra for large families)</translation>
    </message>
    <message>
      <source>亡くなった方が市内に土地・家屋をお持ちだったため 固定資産税の相続人代表者指定届が必要（相続登記が年内に済まない場合）</source>
      <translation>The deceased owned land or buildings in the city, so the fixed asset tax heirs' representative must be designated (if the inheritance is not registered within the year)</translation>
    </message>
    <message>
      <source>世帯主が亡くなりましたが 残る15歳以上の世帯員が1人以下のため 世帯主変更届は不要です（自動で世帯主になります）</source>
      <translation>The head of household died but at most one member aged 15 or over remains, so no change-of-head notification is needed (they become head automatically)</translation>
    </message>
    <message>
      <source>相続の手続きには亡くなった方の出生から死亡までの戸籍が必要です（本籍地以外の分も広域交付でこの窓口で請求できます）</source>
      <translation>Inheritance needs the deceased's family registers from birth to death (those held elsewhere can be requested here by nationwide issuance)</translation>
    </message>
    <message>
      <source>亡くなった方が市内に土地・家屋をお持ちだった場合は 固定資産税の相続人代表者指定届が必要です（ご確認ください）</source>
      <translation>If the deceased owned land or buildings in the city, the fixed asset tax heirs' representative must be designated (please check)</translation>
    </message>
    <message>
      <source>国外へ転出する20歳以上60歳未満の方（{names}）がいるため 国民年金の喪失または任意加入の手続きが必要</source>
      <translation>Someone aged 20 to 59 ({names}) is moving abroad, so National Pension coverage must end or voluntary enrolment be arranged</translation>
    </message>
    <message>
      <source>{ages}の子がいて請求者が公務員のため 児童手当（中学校修了まで）は勤務先に請求（市への認定請求は不要）</source>
      <translation>Children aged {ages} and the claimant is a civil servant, so Child Allowance (until the end of junior high school) is claimed at the employer (no application to the city)</translation>
    </message>
    <message>
      <source>{names}のカードの署名用電子証明書は住所が変わると失効するため 発行の申請をされました（ご本人の選択）</source>
      <translation>{names}'s signature certificate lapses when the address changes, so a new one was applied for (the resident's choice)</translation>
    </message>
    <message>
      <source>{names}は外国人住民のため 転入届と同時に特定在留カード等の交付を申請できます（希望する方のみ・任意）</source>
      <translation>{names} is a foreign resident, so a specified residence card can be applied for with the moving-in notification (optional, only if wanted)</translation>
    </message>
    <message>
      <source>{names}は外国人住民のため 転居届と同時に特定在留カード等の交付を申請できます（希望する方のみ・任意）</source>
      <translation>{names} is a foreign resident, so a specified residence card can be applied for with the change-of-address notification (optional, only if wanted)</translation>
    </message>
    <message>
      <source>児童手当（中学校修了まで）を受けている世帯に子が生まれたため 額改定請求が必要（出生日の翌日から15日以内）</source>
      <translation>A child was born into a household receiving Child Allowance (until the end of junior high school), so a higher amount must be claimed (within 15 days after the birth)</translation>
    </message>
    <message>
      <source>{names}が特定在留カード等（マイナンバーカードとの一体化）を希望されたため 住居地の届出と同時に申請</source>
      <translation>{names} wants a specified residence card (combined with the My Number card), applied for with the residence notification</translation>
    </message>
    <message>
      <source>{names}はマイナンバーカードをお持ちでなく 交付申請を希望されたため（15歳未満は法定代理人が申請）</source>
      <translation>{names} has no My Number card and wants one, so an application is made (the legal representative applies for under-15s)</translation>
    </message>
    <message>
      <source>戸籍に記載される振り仮名の通知が日常の読み方と違うため 氏名の振り仮名の届が必要（令和8年5月25日まで）</source>
      <translation>The furigana in the family register notice differs from the everyday reading, so the name's furigana must be notified (by 25 May 2026)</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当（中学校修了まで） 認定請求が必要（転出予定日の翌日から15日以内）</source>
      <translation>Children aged {ages}, so a Child Allowance (until the end of junior high school) application is needed (within 15 days after the planned moving-out date)</translation>
    </message>
    <message>
      <source>配偶者が亡くなり児童を養育しているため 亡くなった方が児童手当の受給者だった場合は 新たに認定請求が必要</source>
      <translation>The spouse died and the resident raises children, so if the deceased received Child Allowance a new application is needed</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当（中学校修了まで）の受給事由消滅届が必要（転入先で改めて認定請求）</source>
      <translation>Children aged {ages}, so a notice of loss of Child Allowance (until the end of junior high school) is needed (apply again at the new municipality)</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が国保または後期高齢者医療に加入していたため 喪主に葬祭費が支給されます</source>
      <translation>The deceased ({names}) was in NHI or late-stage elderly medical care, so the chief mourner receives the funeral expenses benefit</translation>
    </message>
    <message>
      <source>75歳以上の方（{names}）が県外へ転出するため 後期高齢者医療の喪失届と負担区分等証明書が必要</source>
      <translation>Someone aged 75 or over ({names}) is moving to another prefecture, so a late-stage elderly medical care loss notification and a certificate of contribution category are needed</translation>
    </message>
    <message>
      <source>{names}が特定在留カード等（マイナンバーカードとの一体化）を希望されたため 転入届と同時に申請</source>
      <translation>{names} wants a specified residence card (combined with the My Number card), applied for with the moving-in notification</translation>
    </message>
    <message>
      <source>{names}が特定在留カード等（マイナンバーカードとの一体化）を希望されたため 転居届と同時に申請</source>
      <translation>{names} wants a specified residence card (combined with the My Number card), applied for with the change-of-address notification</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が{ages}で介護保険の第1号被保険者だったため 資格喪失届が必要</source>
      <translation>The deceased ({names}) was a Category 1 long-term care insured person aged {ages}, so a loss notification is needed</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）のマイナンバーカードは失効するため 返納をお願いします（悪用の防止）</source>
      <translation>The deceased's ({names}) My Number card lapses, so please return it (to prevent misuse)</translation>
    </message>
    <message>
      <source>初めての子が生まれたため 児童手当（中学校修了まで） 認定請求が必要（出生日の翌日から15日以内）</source>
      <translation>A first child was born, so a Child Allowance (until the end of junior high school) application is needed (within 15 days after the birth)</translation>
    </message>
    <message>
      <source>戸籍に職権で記載された振り仮名が日常の読み方と違うため 振り仮名の変更の届ができます（1度に限り）</source>
      <translation>The furigana the family register recorded ex officio differs from the everyday reading, so a change can be notified (once only)</translation>
    </message>
    <message>
      <source>相続の手続きに戸籍証明書が必要なため 請求をされました（本籍地以外の戸籍も広域交付で請求できます）</source>
      <translation>Family register certificates are needed for inheritance and were requested (registers held elsewhere can also be requested by nationwide issuance)</translation>
    </message>
    <message>
      <source>国外から転入した20歳以上60歳未満の方（{names}）がいるため 国民年金の資格取得届が必要</source>
      <translation>Someone aged 20 to 59 ({names}) moved in from abroad, so a National Pension enrolment notification is needed</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）の印鑑登録は自動で廃止されるため 印鑑登録証の返還をお願いします</source>
      <translation>The deceased's ({names}) seal registration ends automatically, so please return the seal registration card</translation>
    </message>
    <message>
      <source>国民健康保険の被保険者が出産したため 出産育児一時金の申請ができます（直接支払制度の差額など）</source>
      <translation>An NHI insured person gave birth, so the childbirth and childcare lump-sum allowance can be claimed (e.g. the balance under direct payment)</translation>
    </message>
    <message>
      <source>生まれた子（{names}）のマイナンバーカードの交付申請を希望されたため（法定代理人が申請）</source>
      <translation>A My Number card was wanted for the newborn ({names}), so an application is made (by the legal representative)</translation>
    </message>
    <message>
      <source>{names}が国民健康保険に加入しているため 世帯の変更届が必要（新しい資格確認書を交付）</source>
      <translation>{names} is in National Health Insurance, so a household change notification is needed (a new eligibility certificate is issued)</translation>
    </message>
    <message>
      <source>{names}は勤務先の健康保険に加入していないため 国民健康保険の加入（資格取得）届が必要</source>
      <translation>{names} is not in an employer's health insurance, so a National Health Insurance enrolment notification is needed</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が年金を受けていた可能性があるため 年金事務所での手続きを案内</source>
      <translation>The deceased ({names}) may have received a pension, so the pension office procedures are explained</translation>
    </message>
    <message>
      <source>県内から転入した75歳以上の方（{names}）がいるため 後期高齢者医療の住所変更届が必要</source>
      <translation>Someone aged 75 or over ({names}) moved in from within the prefecture, so a late-stage elderly medical care change-of-address notification is needed</translation>
    </message>
    <message>
      <source>県外から転入した75歳以上の方（{names}）がいるため 後期高齢者医療の資格取得届が必要</source>
      <translation>Someone aged 75 or over ({names}) moved in from another prefecture, so a late-stage elderly medical care enrolment notification is needed</translation>
    </message>
    <message>
      <source>配偶者が亡くなり{ages}の子を養育しているため ひとり親家庭等医療費助成の対象になります</source>
      <translation>The spouse died and the resident raises children aged {ages}, so the single-parent family medical expense subsidy applies</translation>
    </message>
    <message>
      <source>{ages}の子がいて請求者が公務員のため 児童手当は勤務先に請求（市への認定請求は不要）</source>
      <translation>Children aged {ages} and the claimant is a civil servant, so Child Allowance is claimed at the employer (no application to the city)</translation>
    </message>
    <message>
      <source>{names}が国民健康保険に加入しているため 資格喪失届が必要（お持ちの国保の証を返却）</source>
      <translation>{names} is in National Health Insurance, so a loss notification is needed (return the NHI card or certificate)</translation>
    </message>
    <message>
      <source>児童手当を受けている世帯に子が生まれたため 額改定請求が必要（出生日の翌日から15日以内）</source>
      <translation>A child was born into a household receiving Child Allowance, so a higher amount must be claimed (within 15 days after the birth)</translation>
    </message>
    <message>
      <source>世帯主が亡くなり 15歳以上の世帯員が2人以上残るため 世帯主変更届が必要（14日以内）</source>
      <translation>The head of household died and 2 or more members aged 15 or over remain, so a change-of-head notification is needed (within 14 days)</translation>
    </message>
    <message>
      <source>犬を飼っているため 転出先の市区町村で犬の登録事項変更届が必要（この市での手続きは不要）</source>
      <translation>The resident keeps a dog, so the dog registration change must be notified at the new municipality (nothing to do here)</translation>
    </message>
    <message>
      <source>75歳以上の方（{names}）がいるため 資格確認書の返却が必要（転入先で住所変更）</source>
      <translation>Someone aged 75 or over ({names}) lives here, so the eligibility certificate must be returned (address change at the new municipality)</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当 認定請求が必要（転出予定日の翌日から15日以内）</source>
      <translation>Children aged {ages}, so a Child Allowance application is needed (within 15 days after the planned moving-out date)</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）の未支給の高額療養費があるため 相続人の方が申請できます</source>
      <translation>The deceased ({names}) has unpaid high-cost medical expenses, so the heirs can claim them</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当の受給事由消滅届が必要（転入先で改めて認定請求）</source>
      <translation>Children aged {ages}, so a notice of loss of Child Allowance is needed (apply again at the new municipality)</translation>
    </message>
    <message>
      <source>{names}がマイナンバーカードを持っているため 継続利用と券面記載事項変更が必要</source>
      <translation>{names} has a My Number card, so continued use and an update of the card details are needed</translation>
    </message>
    <message>
      <source>氏名が変わると署名用電子証明書が失効するため 発行の申請をされました（ご本人の選択）</source>
      <translation>A name change makes the signature certificate lapse, so a new one was applied for (the resident's choice)</translation>
    </message>
    <message>
      <source>親が国民健康保険に加入しているため 子の国保加入届が必要（出生日にさかのぼって加入）</source>
      <translation>A parent is in National Health Insurance, so the child must be enrolled in NHI (backdated to the birth)</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 子ども医療費受給者証の返却が必要（転出先で改めて申請）</source>
      <translation>Children aged {ages}, so the child medical expense certificate must be returned (apply again at the new municipality)</translation>
    </message>
    <message>
      <source>{names}がマイナンバーカードを持っているため 券面記載事項変更（住所）が必要</source>
      <translation>{names} has a My Number card, so the card details (address) must be updated</translation>
    </message>
    <message>
      <source>ひとり親家庭で{ages}の子がいるため ひとり親家庭等医療費助成の申請ができます</source>
      <translation>A single-parent family with children aged {ages}, so the single-parent family medical expense subsidy can be applied for</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が後期高齢者医療に加入していたため 資格喪失届が必要</source>
      <translation>The deceased ({names}) was in late-stage elderly medical care, so a loss notification is needed</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が国民健康保険に加入していたため 資格喪失届が必要</source>
      <translation>The deceased ({names}) was in National Health Insurance, so a loss notification is needed</translation>
    </message>
    <message>
      <source>初めての子が生まれたため 児童手当 認定請求が必要（出生日の翌日から15日以内）</source>
      <translation>A first child was born, so a Child Allowance application is needed (within 15 days after the birth)</translation>
    </message>
    <message>
      <source>亡くなった方（{names}）が障害者手帳をお持ちだったため 手帳の返還が必要</source>
      <translation>The deceased ({names}) held a disability certificate, so it must be returned</translation>
    </message>
    <message>
      <source>原動機付自転車をお持ちのため 廃車の申告と標識（ナンバープレート）の返納が必要</source>
      <translation>The resident owns a moped, so its deregistration must be declared and the plate returned</translation>
    </message>
    <message>
      <source>75歳以上の方（{names}）がいるため 後期高齢者医療の住所変更届が必要</source>
      <translation>Someone aged 75 or over ({names}) lives here, so a late-stage elderly medical care change-of-address notification is needed</translation>
    </message>
    <message>
      <source>{names}はマイナ保険証をお持ちですが 資格確認書の交付を希望されたため</source>
      <translation>{names} has a My Number health insurance card but wants an eligibility certificate</translation>
    </message>
    <message>
      <source>{names}は勤務先の保険をやめたため 国民年金の種別変更（第1号）が必要</source>
      <translation>{names} left an employer's insurance, so the National Pension category must change (to Category 1)</translation>
    </message>
    <message>
      <source>{names}は請求者と別に住んでいるため 児童手当の別居監護申立書が必要</source>
      <translation>{names} lives apart from the claimant, so a Child Allowance statement of care for a child living apart is needed</translation>
    </message>
    <message>
      <source>所得・課税証明書の交付を請求されたため（その年度の1月1日の住所地で交付）</source>
      <translation>An income and tax certificate was requested (issued by the municipality of residence on 1 January of that year)</translation>
    </message>
    <message>
      <source>犬を飼っているため 犬の登録事項変更届（所在地の変更）が必要（30日以内）</source>
      <translation>The resident keeps a dog, so a dog registration change (new location) must be notified (within 30 days)</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当（中学校修了まで）の住所変更届が必要</source>
      <translation>Children aged {ages}, so a Child Allowance (until the end of junior high school) change-of-address notification is needed</translation>
    </message>
    <message>
      <source>{names}が障害者手帳をお持ちのため 転出先で居住地変更の届出が必要</source>
      <translation>{names} holds a disability certificate, so the change of residence must be notified at the new municipality</translation>
    </message>
    <message>
      <source>ひとり親家庭で子が生まれたため ひとり親家庭等医療費助成の申請ができます</source>
      <translation>A child was born into a single-parent family, so the single-parent family medical expense subsidy can be applied for</translation>
    </message>
    <message>
      <source>亡くなった方の犬を引き取るため 犬の登録事項変更届（所有者の変更）が必要</source>
      <translation>The deceased's dog is being taken over, so a dog registration change (new owner) must be notified</translation>
    </message>
    <message>
      <source>{ages}の小・中学生がいるため 転入学届（就学通知書の交付）が必要</source>
      <translation>Pupils aged {ages} in elementary or junior high school, so a school transfer-in notice is needed (issue of a school attendance notice)</translation>
    </message>
    <message>
      <source>{ages}の小・中学生がいるため 通学区域の確認と転校の手続きが必要</source>
      <translation>Pupils aged {ages} in elementary or junior high school, so the school district must be checked and the school transfer arranged</translation>
    </message>
    <message>
      <source>{names}の印鑑登録は転出で廃止されるため 印鑑登録証の返還が必要</source>
      <translation>{names}'s seal registration ends on moving out, so the seal registration card must be returned</translation>
    </message>
    <message>
      <source>亡くなった方の原動機付自転車があるため 名義変更または廃車の申告が必要</source>
      <translation>The deceased owned a moped, so a change of owner or its deregistration must be declared</translation>
    </message>
    <message>
      <source>他の市区町村から転入したため 転入届が必要（転入した日から14日以内）</source>
      <translation>Moved in from another municipality, so a moving-in notification is needed (within 14 days of moving in)</translation>
    </message>
    <message>
      <source>婚姻で世帯を一つにするため 世帯変更届（世帯合併）が必要（14日以内）</source>
      <translation>The households become one on marriage, so a household change notification (merger) is needed (within 14 days)</translation>
    </message>
    <message>
      <source>{ages}の方がいるため 介護保険の資格取得届が必要（65歳以上）</source>
      <translation>Residents aged {ages}, so a long-term care insurance enrolment notification is needed (65 or over)</translation>
    </message>
    <message>
      <source>{ages}の方がいるため 介護保険の資格喪失届が必要（65歳以上）</source>
      <translation>Residents aged {ages}, so a long-term care insurance loss notification is needed (65 or over)</translation>
    </message>
    <message>
      <source>{names}が国民健康保険に加入しているため 住所変更の届出が必要</source>
      <translation>{names} is in National Health Insurance, so the change of address must be notified</translation>
    </message>
    <message>
      <source>氏名が変わるため マイナンバーカードの券面記載事項変更（氏名）が必要</source>
      <translation>The name changes, so the My Number card details (name) must be updated</translation>
    </message>
    <message>
      <source>配偶者の勤務先の健康保険の扶養に入るため 国民健康保険の喪失届が必要</source>
      <translation>The resident joins the spouse's employer health insurance as a dependant, so an NHI loss notification is needed</translation>
    </message>
    <message>
      <source>{ages}の方がいるため 介護保険の住所変更が必要（65歳以上）</source>
      <translation>Residents aged {ages}, so the long-term care insurance address must be changed (65 or over)</translation>
    </message>
    <message>
      <source>{names}は外国人住民のため 在留カードへの住居地の記載が必要</source>
      <translation>{names} is a foreign resident, so the place of residence must be written on the residence card</translation>
    </message>
    <message>
      <source>{ages}の小・中学生がいるため 転校先に出す在学証明書が必要</source>
      <translation>Pupils aged {ages} in elementary or junior high school, so a certificate of enrolment is needed for the new school</translation>
    </message>
    <message>
      <source>{names}が障害者手帳をお持ちのため 居住地変更の届出が必要</source>
      <translation>{names} holds a disability certificate, so the change of residence must be notified</translation>
    </message>
    <message>
      <source>原動機付自転車をお持ちのため 転入先での登録（標識の交付）が必要</source>
      <translation>The resident owns a moped, so it must be registered here (a plate is issued)</translation>
    </message>
    <message>
      <source>市内で引っ越したため 転居届が必要（転居した日から14日以内）</source>
      <translation>Moved within the city, so a change-of-address notification is needed (within 14 days of moving)</translation>
    </message>
    <message>
      <source>戸籍証明書の交付を請求されたため（本籍地以外の戸籍は広域交付）</source>
      <translation>A family register certificate was requested (registers held elsewhere by nationwide issuance)</translation>
    </message>
    <message>
      <source>死亡届がまだ出ていないため 死亡届が必要（多くは葬儀社が提出）</source>
      <translation>The death notification has not been filed yet, so it is needed (usually filed by the funeral company)</translation>
    </message>
    <message>
      <source>子が生まれたため 出生届が必要（住民票は出生届で作られます）</source>
      <translation>A child was born, so a birth notification is needed (it creates the residence record)</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 子ども医療費助成の申請が必要</source>
      <translation>Children aged {ages}, so a child medical expense subsidy application is needed</translation>
    </message>
    <message>
      <source>印鑑登録証明書の交付を請求されたため（印鑑登録証が必要）</source>
      <translation>A seal registration certificate was requested (the seal registration card is needed)</translation>
    </message>
    <message>
      <source>国民健康保険に加入していて氏名が変わるため 変更届が必要</source>
      <translation>In National Health Insurance and the name changes, so a change notification is needed</translation>
    </message>
    <message>
      <source>氏名が変わり登録印と合わなくなるため 印鑑の再登録が必要</source>
      <translation>The name changes and no longer matches the registered seal, so the seal must be registered again</translation>
    </message>
    <message>
      <source>{ages}の子がいるため 児童手当の住所変更届が必要</source>
      <translation>Children aged {ages}, so a Child Allowance change-of-address notification is needed</translation>
    </message>
    <message>
      <source>世帯の構成が変わるため 世帯変更届が必要（14日以内）</source>
      <translation>The household's members change, so a household change notification is needed (within 14 days)</translation>
    </message>
    <message>
      <source>原動機付自転車をお持ちのため 住所変更の申告が必要</source>
      <translation>The resident owns a moped, so the change of address must be declared</translation>
    </message>
    <message>
      <source>子が生まれたため 出生通知（母子保健）の提出が必要</source>
      <translation>A child was born, so a birth notice (maternal and child health) is needed</translation>
    </message>
    <message>
      <source>国外から転入したため 転入届（国外転入）が必要</source>
      <translation>Moved in from abroad, so a moving-in notification (from abroad) is needed</translation>
    </message>
    <message>
      <source>子が生まれたため 子ども医療費助成の申請が必要</source>
      <translation>A child was born, so a child medical expense subsidy application is needed</translation>
    </message>
    <message>
      <source>婚姻のため 婚姻届が必要（証人2名の署名）</source>
      <translation>Getting married, so a marriage notification is needed (signed by 2 witnesses)</translation>
    </message>
    <message>
      <source>他の市区町村へ引っ越すため 転出届が必要</source>
      <translation>Moving to another municipality, so a moving-out notification is needed</translation>
    </message>
    <message>
      <source>印鑑登録を希望されたため（15歳以上）</source>
      <translation>A seal registration was wanted (15 or over)</translation>
    </message>
    <message>
      <source>{kind}の交付を請求されたため</source>
      <translation>Requested: {kind}</translation>
    </message>
  </context>
  <context>
    <name>ProceduresPage</name>
    <message>
      <source>4. 必要な手続き</source>
      <translation>4. Procedures needed</translation>
    </message>
    <message>
      <source>ご用件と回答から必要な手続きを選びました。理由を確認してください。チェックを外す・手続きを追加するときは、変更理由を入力してください。</source>
      <translation>These procedures follow from the event and the answers. Check the reasons. To untick or add one, enter the reason for the change.</translation>
    </message>
    <message>
      <source>例：ご本人の希望、勤務先の保険に加入予定</source>
      <translation>e.g. resident's wish, will join employer insurance</translation>
    </message>
    <message>
      <source>変更理由(&amp;W)</source>
      <translation>Reason for the change (&amp;W)</translation>
    </message>
    <message>
      <source>手続きを追加</source>
      <translation>Add a procedure</translation>
    </message>
    <message>
      <source>追加(&amp;D)</source>
      <translation>A&amp;dd</translation>
    </message>
    <message>
      <source>変更理由を入力してください。</source>
      <translation>Enter the reason for the change.</translation>
    </message>
  </context>
  <context>
    <name>RecordsAdminPanels</name>
    <message>
      <source>住民データ取込 (F7)</source>
      <translation>Load records (F7)</translation>
    </message>
    <message>
      <source>名寄せ (F8)</source>
      <translation>Duplicates (F8)</translation>
    </message>
  </context>
  <context>
    <name>RecordsImportPage</name>
    <message>
      <source>住民データの取り込み（基幹系の出力ファイル）</source>
      <translation>Load resident records (core system export)</translation>
    </message>
    <message>
      <source>CSV ファイル（UTF-8 / Shift_JIS）</source>
      <translation>CSV file (UTF-8 / Shift_JIS)</translation>
    </message>
    <message>
      <source>参照…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>ファイル</source>
      <translation>File</translation>
    </message>
    <message>
      <source>%1（%2）</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>プロファイル</source>
      <translation>Profile</translation>
    </message>
    <message>
      <source>差分（ファイルの行だけ反映）</source>
      <translation>Delta (apply the rows in the file)</translation>
    </message>
    <message>
      <source>全件（ファイルにない住民を報告）</source>
      <translation>Full export (report residents not in the file)</translation>
    </message>
    <message>
      <source>方式</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>ファイルにない住民を「全件データになし」として記録する（削除はしません）</source>
      <translation>Mark residents not in the file as "not in the full export" (nothing is deleted)</translation>
    </message>
    <message>
      <source>見出しを確認</source>
      <translation>Check header</translation>
    </message>
    <message>
      <source>試行（変更を確認）</source>
      <translation>Dry run (check changes)</translation>
    </message>
    <message>
      <source>取り込む</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>中止</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>ファイルとプロファイルを選び、まず「試行」で変更を確認してください。</source>
      <translation>Choose the file and the profile, then check the changes with "Dry run" first.</translation>
    </message>
    <message>
      <source>変更</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>取り込めない行・警告</source>
      <translation>Rejected rows and warnings</translation>
    </message>
    <message>
      <source>住民データのファイル</source>
      <translation>Resident data file</translation>
    </message>
    <message>
      <source>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</source>
      <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
      <source>見出し行はプロファイルと一致しています（文字コード %1）。</source>
      <translation>The header matches the profile (encoding %1).</translation>
    </message>
    <message>
      <source>足りない列: %1</source>
      <translation>Missing columns: %1</translation>
    </message>
    <message>
      <source>プロファイルにない列: %1</source>
      <translation>Columns the profile does not know: %1</translation>
    </message>
    <message>
      <source>重複した列: %1</source>
      <translation>Duplicated columns: %1</translation>
    </message>
    <message>
      <source>試行の結果どおりに取り込みます（%1）。よろしいですか？</source>
      <translation>Import as shown by the dry run (%1)?</translation>
    </message>
    <message>
      <source>ファイルにない %1 人を「全件データになし」として記録します（窓口で在住者として扱われなくなります）。</source>
      <translation>%1 residents not in the file will be marked "not in the full export" (the counter will no longer treat them as living here).</translation>
    </message>
    <message>
      <source>取り込みの確認</source>
      <translation>Confirm import</translation>
    </message>
    <message>
      <source>試行しています…</source>
      <translation>Dry run…</translation>
    </message>
    <message>
      <source>取り込んでいます…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>中止しています（いまのバッチを終えてから止まります）…</source>
      <translation>Cancelling (stops after the current batch)…</translation>
    </message>
    <message>
      <source>%p%（%1 行）</source>
      <translation>%p% (%1 rows)</translation>
    </message>
    <message>
      <source>試行の結果（データベースは変更していません）: </source>
      <translation>Dry run result (the database was not changed): </translation>
    </message>
    <message>
      <source>取り込み結果: </source>
      <translation>Import result: </translation>
    </message>
    <message>
      <source>中止しました。取り込み済みのバッチはそのままです。もう一度「取り込む」で続きから再開します。</source>
      <translation>Cancelled. The batches already imported stay; "Import" again continues from there.</translation>
    </message>
    <message>
      <source>前回の中断位置（%1 行目）から再開しました。</source>
      <translation>Continued from where the last run stopped (line %1).</translation>
    </message>
    <message>
      <source>ファイルにない住民: %1 人</source>
      <translation>Residents not in the file: %1</translation>
    </message>
    <message>
      <source>（記録しました）</source>
      <translation> (marked)</translation>
    </message>
    <message>
      <source>警告（取り込み済み）: %1</source>
      <translation>Warnings (rows imported): %1</translation>
    </message>
    <message>
      <source>報告ファイル: %1</source>
      <translation>Report file: %1</translation>
    </message>
    <message>
      <source>取り込めませんでした。</source>
      <translation>The import could not be done.</translation>
    </message>
    <message>
      <source>取り込み</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>新規</source>
      <translation>New</translation>
    </message>
    <message>
      <source>変更なし</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>状態の変更</source>
      <translation>Status changed</translation>
    </message>
    <message>
      <source>取り込めない行</source>
      <translation>Rejected rows</translation>
    </message>
    <message>
      <source>対象外の行</source>
      <translation>Rows not imported (history/deleted)</translation>
    </message>
  </context>
  <context>
    <name>RejectionNote</name>
    <message>
      <source>差し戻されました。審査者のコメント: %1
→ 申請書を直してから、もう一度「決裁へ提出」してください。</source>
      <translation>Returned by the supervisor: %1
→ Correct the forms, then submit for approval again.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>（%1）</source>
      <translation> (%1)</translation>
    </message>
    <message>
      <source>5. 申請書の確認・修正</source>
      <translation>5. Review and edit the forms</translation>
    </message>
    <message>
      <source>元に戻す (Ctrl+Z)</source>
      <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
      <source>やり直す (Ctrl+Shift+Z)</source>
      <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
      <source>この様式だけ修正する(&amp;O)</source>
      <translation>Change this f&amp;orm only</translation>
    </message>
    <message>
      <source>チェックなし: 同じ内容を表示するすべての申請書が変わります。</source>
      <translation>Unticked: every form showing the same item changes.</translation>
    </message>
    <message>
      <source>元に戻す</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>やり直す</source>
      <translation>Redo</translation>
    </message>
    <message numerus="yes">
      <source>確認が必要な項目が %n 件あります（赤い行）。</source>
      <translation>
        <numerusform>%n field needs attention (red row).</numerusform>
        <numerusform>%n fields need attention (red rows).</numerusform>
      </translation>
    </message>
    <message>
      <source>すべての申請書を確認できます。出典を確かめてください。</source>
      <translation>All forms can be confirmed. Check where each value came from.</translation>
    </message>
  </context>
  <context>
    <name>ScenarioControls</name>
    <message>
      <source>練習シナリオ（&amp;S）</source>
      <translation>Practice &amp;scenario</translation>
    </message>
    <message>
      <source>シナリオを開始（カードを置く）</source>
      <translation>Start the scenario (places the card)</translation>
    </message>
    <message>
      <source>回答を入力（研修生の「ご用件」の画面へ）(&amp;A)</source>
      <translation>Fill in the &amp;answers (trainee's "Life event" page)</translation>
    </message>
    <message>
      <source>研修生の画面が「3. ご用件」のときに使えます。</source>
      <translation>Usable while the trainee's counter is at "3. Life event".</translation>
    </message>
    <message>
      <source>なし</source>
      <translation>none</translation>
    </message>
    <message>
      <source>カードの方</source>
      <translation>Card holder</translation>
    </message>
    <message>
      <source>カード</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>障害</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>ご用件</source>
      <translation>Life event</translation>
    </message>
    <message>
      <source>本人役が答えること</source>
      <translation>What the resident (played by the trainer) answers</translation>
    </message>
    <message>
      <source>手順</source>
      <translation>Steps</translation>
    </message>
    <message>
      <source>はい</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>いいえ</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>SignInPage</name>
    <message>
      <source>窓口 — サインイン</source>
      <translation>Madoguchi — Sign in</translation>
    </message>
    <message>
      <source>起動しています…（データベースとサービスを準備中）</source>
      <translation>Starting… (preparing the database and services)</translation>
    </message>
    <message>
      <source>職員名(&amp;N)</source>
      <translation>Staff &amp;name</translation>
    </message>
    <message>
      <source>パスワード(&amp;P)</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <source>サインイン</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>最初の管理者を作成(&amp;C)</source>
      <translation>&amp;Create the first administrator</translation>
    </message>
    <message>
      <source>職員名とパスワードを入力してください。</source>
      <translation>Enter your staff name and password.</translation>
    </message>
    <message>
      <source>練習モード：次の練習用アカウントでサインインできます。</source>
      <translation>Practice mode: sign in with one of these practice accounts.</translation>
    </message>
    <message>
      <source>  %1（%2） パスワード: %3</source>
      <translation>  %1 (%2) password: %3</translation>
    </message>
    <message>
      <source>初回起動です。最初の管理者の名前を入力し、「最初の管理者を作成」を押してください。一回限りのパスワードが表示されます（サインイン後に変更が必要です）。</source>
      <translation>First start. Enter the first administrator's name and press "Create the first administrator". A one-time password is shown (it must be changed after signing in).</translation>
    </message>
    <message>
      <source>管理者「%1」を作成しました。一回限りのパスワード: %2
控えてからサインインし、新しいパスワードを設定してください。</source>
      <translation>Administrator "%1" created. One-time password: %2
Note it, sign in and set a new password.</translation>
    </message>
    <message>
      <source>確認しています…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>パスワードの変更が必要です。新しいパスワードを設定すると窓口を使えます。</source>
      <translation>You must change your password. Set a new one to use the counter.</translation>
    </message>
    <message>
      <source>パスワードを変更しました。窓口を開いています…</source>
      <translation>Password changed. Opening the counter…</translation>
    </message>
    <message>
      <source>パスワードを変更しなかったため、サインアウトしました。もう一度サインインして、新しいパスワードを設定してください。</source>
      <translation>Signed out because the password was not changed. Sign in again and set a new password.</translation>
    </message>
    <message>
      <source>窓口職員</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>審査者</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>研修担当</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>管理者</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>SnapshotDiffView</name>
    <message>
      <source>申請書</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>項目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>第%1版</source>
      <translation>Version %1</translation>
    </message>
    <message>
      <source>第%1版からの変更: %2 件</source>
      <translation>Changes since version %1: %2</translation>
    </message>
    <message>
      <source>第%1版から申請書の内容は変わっていません。</source>
      <translation>The forms have not changed since version %1.</translation>
    </message>
    <message>
      <source>追加された手続き</source>
      <translation>Procedures added</translation>
    </message>
    <message>
      <source>外された手続き</source>
      <translation>Procedures removed</translation>
    </message>
  </context>
  <context>
    <name>SnapshotFieldModel</name>
    <message>
      <source>【変更】</source>
      <translation>[changed]</translation>
    </message>
    <message>
      <source>職員が事前入力値「%1」から変更しました</source>
      <translation>Changed by the clerk from the pre-filled value "%1"</translation>
    </message>
    <message>
      <source>項目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>値</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>出典</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>事前入力値（変更前）</source>
      <translation>Pre-filled value (before change)</translation>
    </message>
    <message>
      <source>カード</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>住民記録</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>職員入力</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>住民の回答</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>自動算出</source>
      <translation>Derived</translation>
    </message>
    <message>
      <source>未入力</source>
      <translation>Empty</translation>
    </message>
    <message>
      <source>事務処理欄</source>
      <translation>Office use</translation>
    </message>
  </context>
  <context>
    <name>StaffAccountsPage</name>
    <message>
      <source>職員管理</source>
      <translation>Staff accounts</translation>
    </message>
    <message>
      <source>管理者は窓口業務（カード読み取り・住民記録）を行いません。変更はすべて監査ログに記録されます。</source>
      <translation>Administrators do no counter work (cards, resident records). Every change is written to the audit log.</translation>
    </message>
    <message>
      <source>職員名</source>
      <translation>Staff name</translation>
    </message>
    <message>
      <source>役割</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>状態</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>選んだ職員</source>
      <translation>Selected staff member</translation>
    </message>
    <message>
      <source>無効にする</source>
      <translation>Disable</translation>
    </message>
    <message>
      <source>有効にする</source>
      <translation>Enable</translation>
    </message>
    <message>
      <source>仮パスワード（8文字以上）</source>
      <translation>Temporary password (8 characters or more)</translation>
    </message>
    <message>
      <source>パスワード再設定</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>役割を変更</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>職員を追加</source>
      <translation>Add a staff member</translation>
    </message>
    <message>
      <source>仮パスワード（最初のサインインで変更）</source>
      <translation>Temporary password (changed at first sign-in)</translation>
    </message>
    <message>
      <source>追加する</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>仮パスワード</source>
      <translation>Temporary password</translation>
    </message>
    <message>
      <source>無効にしました。</source>
      <translation>Disabled.</translation>
    </message>
    <message>
      <source>有効にしました。</source>
      <translation>Enabled.</translation>
    </message>
    <message>
      <source>無効</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>ロック中</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>パスワード変更待ち</source>
      <translation>Must change password</translation>
    </message>
    <message>
      <source>有効</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>職員「%1」を追加しました。最初のサインインでパスワードの変更を求めます。</source>
      <translation>Added %1. They will be asked to change the password at first sign-in.</translation>
    </message>
    <message>
      <source>%1: パスワードを再設定しました（次のサインインで変更を求めます）。</source>
      <translation>%1: password reset (to be changed at the next sign-in).</translation>
    </message>
    <message>
      <source>%1: 役割を変更しました。</source>
      <translation>%1: role changed.</translation>
    </message>
    <message>
      <source>窓口職員</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>審査者</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>研修担当</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>管理者</source>
      <translation>Administrator</translation>
    </message>
  </context>
  <context>
    <name>StaffPanels</name>
    <message>
      <source>決裁 (F3)</source>
      <translation>Approvals (F3)</translation>
    </message>
    <message>
      <source>研修担当の画面 (F4)</source>
      <translation>Trainer's window (F4)</translation>
    </message>
    <message>
      <source>職員管理 (F9)</source>
      <translation>Staff accounts (F9)</translation>
    </message>
    <message>
      <source>事務所の設定 (F10)</source>
      <translation>Office settings (F10)</translation>
    </message>
    <message>
      <source>シナリオファイル %1 の %2 に誤りがあります（%3）。</source>
      <translation>Scenario file %1 has an error at %2 (%3).</translation>
    </message>
    <message>
      <source>パスワード変更</source>
      <translation>Change password</translation>
    </message>
  </context>
  <context>
    <name>StuckVisitsPage</name>
    <message>
      <source>提出が止まっている受付</source>
      <translation>Visits stuck in 'submitted'</translation>
    </message>
    <message>
      <source>「提出済み」のまま決裁一覧に載っていない受付です（提出の途中で端末が止まったもの）。窓口職員は再提出も中止もできません。コメントを付けて差し戻すと、保存されている受付から直して提出し直せます。</source>
      <translation>These visits are marked submitted but are in no approval queue (a workstation stopped while submitting). The clerk can neither resubmit nor cancel them. Return them with a comment; the clerk then resumes them from the saved visits, corrects and submits again.</translation>
    </message>
    <message>
      <source>受付番号</source>
      <translation>Visit no.</translation>
    </message>
    <message>
      <source>ご用件</source>
      <translation>Life event</translation>
    </message>
    <message>
      <source>担当職員</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>最終更新</source>
      <translation>Last change</translation>
    </message>
    <message>
      <source>差し戻しのコメント(&amp;C)（必須）</source>
      <translation>&amp;Comment for returning (required)</translation>
    </message>
    <message>
      <source>← 決裁待ち一覧へ</source>
      <translation>← Approval queue</translation>
    </message>
    <message>
      <source>差し戻す(&amp;B)</source>
      <translation>Return (&amp;B)</translation>
    </message>
    <message>
      <source>止まっている受付はありません。</source>
      <translation>No visit is stuck.</translation>
    </message>
    <message>
      <source>受付 %1 を差し戻しました。担当職員が保存されている受付から再開できます。</source>
      <translation>Visit %1 returned. The clerk can resume it from the saved visits.</translation>
    </message>
  </context>
  <context>
    <name>TrainerWindow</name>
    <message>
      <source>研修担当の画面【練習モード】— 窓口</source>
      <translation>Trainer's window [PRACTICE MODE] — Madoguchi</translation>
    </message>
    <message>
      <source>研修担当の画面（暗証番号が表示されます。研修生には見せないでください）</source>
      <translation>Trainer's window (shows the PIN: do not let the trainee see it)</translation>
    </message>
    <message>
      <source>受付なし</source>
      <translation>No visit</translation>
    </message>
    <message>
      <source>研修生の画面: つながっていません</source>
      <translation>Trainee's counter: not connected</translation>
    </message>
    <message>
      <source>研修生の画面: %1</source>
      <translation>Trainee's counter: %1</translation>
    </message>
    <message>
      <source>シナリオ「%1」を開始しました。手順を読み上げてください。</source>
      <translation>Scenario "%1" started. Read out the steps.</translation>
    </message>
    <message>
      <source>研修生の画面が「3. ご用件」になってから押してください。</source>
      <translation>Press this once the trainee's counter is at "3. Life event".</translation>
    </message>
    <message>
      <source>「%1」の回答を研修生の画面に入れました。確かめて「次へ」を押してもらってください。</source>
      <translation>The answers of "%1" are on the trainee's page. Ask the trainee to check them and press Next.</translation>
    </message>
    <message>
      <source>（読み取ったカードはこのシナリオのカードではありません）</source>
      <translation> (the card read is not this scenario's card)</translation>
    </message>
    <message>
      <source>この受付に当てはまらず入れなかった回答: %1</source>
      <translation> Answers that do not fit this visit and were left out: %1</translation>
    </message>
    <message>
      <source>カード読み取り前</source>
      <translation>Card not read</translation>
    </message>
    <message>
      <source>本人確認中</source>
      <translation>Identifying</translation>
    </message>
    <message>
      <source>本人確認済み</source>
      <translation>Identified</translation>
    </message>
    <message>
      <source>手続き選択中</source>
      <translation>Choosing procedures</translation>
    </message>
    <message>
      <source>申請書確認中</source>
      <translation>Reviewing forms</translation>
    </message>
    <message>
      <source>印刷待ち</source>
      <translation>Ready to print</translation>
    </message>
    <message>
      <source>決裁待ち</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>決裁済み</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>リーダーなし</source>
      <translation>No reader</translation>
    </message>
    <message>
      <source>カード待ち</source>
      <translation>Waiting for a card</translation>
    </message>
    <message>
      <source>カードあり</source>
      <translation>Card present</translation>
    </message>
    <message>
      <source>読み取り中</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>カードエラー</source>
      <translation>Card error</translation>
    </message>
  </context>
  <context>
    <name>ValidationIssue</name>
    <message>
      <source>必須の項目です。入力してください。</source>
      <translation>Required. Please fill it in.</translation>
    </message>
    <message>
      <source>書式が正しくありません（{expected}）。</source>
      <translation>Wrong format ({expected}).</translation>
    </message>
    <message>
      <source>日付が受付できる範囲にありません（{expected}）。</source>
      <translation>Date outside the accepted range ({expected}).</translation>
    </message>
    <message>
      <source>個人番号の検査用数字が合いません（12桁の番号を確かめてください）。</source>
      <translation>The My Number check digit does not match (check the 12 digits).</translation>
    </message>
    <message>
      <source>12桁の数字</source>
      <translation>12 digits</translation>
    </message>
    <message>
      <source>数字</source>
      <translation>digits</translation>
    </message>
    <message>
      <source>YYYY-MM-DD の日付（例 2026-11-01）</source>
      <translation>a date as YYYY-MM-DD (e.g. 2026-11-01)</translation>
    </message>
    <message>
      <source>受付日の2年前から60日後まで</source>
      <translation>from 2 years before to 60 days after the visit date</translation>
    </message>
    <message>
      <source>明治以降、受付日から60日後まで</source>
      <translation>from the Meiji era to 60 days after the visit date</translation>
    </message>
    <message>
      <source>カタカナ（氏と名の間は空白）</source>
      <translation>katakana (a space between surname and given name)</translation>
    </message>
    <message>
      <source>0から始まる電話番号（例 0155-12-3456）</source>
      <translation>a phone number starting with 0 (e.g. 0155-12-3456)</translation>
    </message>
    <message>
      <source>1以上の整数</source>
      <translation>a whole number of 1 or more</translation>
    </message>
  </context>
  <context>
    <name>WindowSession</name>
    <message>
      <source>サインイン</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>サインアウト</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <source>職員の切替</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <source>別の職員がサインインします。受付中の内容はそのまま引き継がれます。</source>
      <translation>Another staff member signs in; the visit in progress is handed over as it is.</translation>
    </message>
    <message>
      <source>管理者メニュー（窓口業務は行えません）</source>
      <translation>Administrator menu (no counter work)</translation>
    </message>
    <message>
      <source>サインインしてください</source>
      <translation>Please sign in</translation>
    </message>
    <message>
      <source>職員を切り替えます。次の職員がサインインしてください。受付中の内容はそのまま引き継がれます。</source>
      <translation>Switching user: the next staff member signs in. The visit in progress is handed over as it is.</translation>
    </message>
    <message>
      <source>サインアウトしました。職員名とパスワードを入力してください。</source>
      <translation>Signed out. Enter a staff name and password.</translation>
    </message>
  </context>
</TS>