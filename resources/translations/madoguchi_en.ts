<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="19" />
        <source>決裁</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="22" />
        <source>決裁者（審査者）がサインインして、承認または差し戻しをします。</source>
        <translation>A supervisor signs in to approve or return the forms.</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="28" />
        <source>差し戻す場合は必須</source>
        <translation>Required when returning</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="29" />
        <source>決裁者名(&amp;N)</source>
        <translation>Supervisor &amp;name</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="30" />
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="31" />
        <source>コメント(&amp;C)</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="38" />
        <source>差し戻し(&amp;R)</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="39" />
        <source>承認(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="40" />
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/approval_dialog.py" line="64" />
        <source>確認しています…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ApprovalQueuePage</name>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="41" />
        <source>決裁待ち一覧</source>
        <translation>Approval queue</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="44" />
        <source>↑↓で選び、Enterで審査を開きます。Ctrl+Rで一覧を更新します。</source>
        <translation>Choose with ↑↓, open the review with Enter. Ctrl+R refreshes the list.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="67" />
        <source>一覧を更新 (Ctrl+R)</source>
        <translation>Refresh (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="69" />
        <source>審査を開く (Enter)</source>
        <translation>Open review (Enter)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="89" />
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/staff/approval_queue_page.py" line="109" />
        <source>決裁待ち %n 件</source>
        <translation><numerusform>%n request waiting</numerusform><numerusform>%n requests waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_queue_page.py" line="110" />
        <source>決裁待ちの申請はありません。</source>
        <translation>No requests are waiting for approval.</translation>
    </message>
</context>
<context>
    <name>ApprovalReviewPage</name>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="55" />
        <source>決裁の審査</source>
        <translation>Approval review</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="70" />
        <source>申請書(&amp;F)</source>
        <translation>&amp;Forms</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="75" />
        <source>手続き(&amp;P)</source>
        <translation>&amp;Procedures</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="102" />
        <source>&lt;span style='background:%1'&gt;　黄色　&lt;/span&gt;は、職員が事前入力された値から変更した項目と、職員が追加した手続きです。出典: カード／住民記録／職員入力／住民の回答／自動算出</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;Yellow&amp;nbsp;&lt;/span&gt; marks values the clerk changed from the pre-filled ones and procedures the clerk added. Sources: card / registry / clerk / resident's answer / derived</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="109" />
        <source>コメント(&amp;C)（差戻しの場合は必須）</source>
        <translation>&amp;Comment (required to return)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="122" />
        <source>← 一覧へ戻る (Esc)</source>
        <translation>← Back to the queue (Esc)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="123" />
        <source>差戻し (Alt+R)</source>
        <translation>Return (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="124" />
        <source>承認 (Alt+A)</source>
        <translation>Approve (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="160" />
        <source>この来庁記録は決裁に回されていません。一覧へ戻って更新してください。</source>
        <translation>This visit was not submitted for approval. Go back to the queue and refresh.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="189" />
        <source>（変更 %1 件）</source>
        <translation> (%1 changed)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="197" />
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="201" />
        <source>受付番号 %1 ／ 第%2版 ／ 提出: %3（%4） ／ 状態: %5</source>
        <translation>Visit %1 / revision %2 / submitted: %3 (%4) / state: %5</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="214" />
        <source>（職員が追加：%1）</source>
        <translation> (added by clerk: %1)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="225" />
        <source>経過: </source>
        <translation>History: </translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="241" />
        <source>承認しました。</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/approval_review_page.py" line="245" />
        <source>差し戻しました。</source>
        <translation>Returned.</translation>
    </message>
<message><source>未提出</source><translation>Not submitted</translation></message><message><source>決裁待ち</source><translation>Awaiting approval</translation></message><message><source>承認済み</source><translation>Approved</translation></message><message><source>差戻し</source><translation>Returned</translation></message><message><source>提出</source><translation>Submit</translation></message><message><source>再提出</source><translation>Resubmit</translation></message><message><source>承認</source><translation>Approve</translation></message></context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../widgets/pages/card_page.py" line="18" />
        <source>1. カードの読み取り</source>
        <translation>1. Read the card</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/card_page.py" line="19" />
        <source>住民の方のマイナンバーカードをリーダーに置いてください。
置くと暗証番号の入力画面が開きます。</source>
        <translation>Place the resident's My Number card on the reader.
The PIN pad opens when the card is detected.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/card_page.py" line="26" />
        <source>カードなしで受付（住民記録を検索）(&amp;N)</source>
        <translation>Start &amp;without a card (search the records)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/card_page.py" line="34" />
        <source>保存されている受付（再開できます）(&amp;O)</source>
        <translation>Saved visits (can be res&amp;umed)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/card_page.py" line="40" />
        <source>選択した受付を再開(&amp;R)</source>
        <translation>&amp;Resume the selected visit</translation>
    </message>
<message><source>カード読み取り前</source><translation>Card not read</translation></message><message><source>本人確認中</source><translation>Identifying</translation></message><message><source>本人確認済み</source><translation>Identified</translation></message><message><source>手続き選択中</source><translation>Choosing procedures</translation></message><message><source>申請書確認中</source><translation>Reviewing forms</translation></message><message><source>印刷待ち</source><translation>Ready to print</translation></message><message><source>決裁待ち</source><translation>Awaiting approval</translation></message><message><source>決裁済み</source><translation>Approved</translation></message></context>
<context>
    <name>CardStatusLabel</name>
    <message>
        <location filename="../../widgets/card_status.py" line="46" />
        <source>カードリーダーがありません</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <location filename="../../widgets/card_status.py" line="47" />
        <source>カード待ち：カードをリーダーに置いてください</source>
        <translation>Waiting: place the card on the reader</translation>
    </message>
    <message>
        <location filename="../../widgets/card_status.py" line="48" />
        <source>カードがあります</source>
        <translation>Card present</translation>
    </message>
    <message>
        <location filename="../../widgets/card_status.py" line="49" />
        <source>読み取り中：カードを動かさないでください</source>
        <translation>Reading: do not move the card</translation>
    </message>
    <message>
        <location filename="../../widgets/card_status.py" line="50" />
        <source>カードエラー</source>
        <translation>Card error</translation>
    </message>
</context>
<context>
    <name>DemoCardBar</name>
    <message>
        <location filename="../../widgets/demo_card_bar.py" line="16" />
        <source>模擬カード</source>
        <translation>Simulated card</translation>
    </message>
    <message>
        <location filename="../../widgets/demo_card_bar.py" line="19" />
        <source>模擬カード: </source>
        <translation>Simulated card: </translation>
    </message>
    <message>
        <location filename="../../widgets/demo_card_bar.py" line="25" />
        <source>カードを置く (F5)</source>
        <translation>Place card (F5)</translation>
    </message>
    <message>
        <location filename="../../widgets/demo_card_bar.py" line="28" />
        <source>カードを取る (F6)</source>
        <translation>Remove card (F6)</translation>
    </message>
</context>
<context>
    <name>DraftFieldModel</name>
    <message>
        <location filename="../../widgets/models/draft_field_model.py" line="110" />
        <source>保存されていません（もう一度確定してください）</source>
        <translation>Not saved (confirm it again)</translation>
    </message>
<message><source>項目</source><translation>Field</translation></message><message><source>値</source><translation>Value</translation></message><message><source>出典</source><translation>Source</translation></message><message><source>確認事項</source><translation>Check</translation></message><message><source>カード</source><translation>Card</translation></message><message><source>住民記録</source><translation>Registry</translation></message><message><source>職員入力</source><translation>Clerk</translation></message><message><source>住民の回答</source><translation>Resident's answer</translation></message><message><source>自動算出</source><translation>Derived</translation></message><message><source>未入力</source><translation>Empty</translation></message><message><source>事務処理欄</source><translation>Office use</translation></message><message><source>変更前: </source><translation>Before: </translation></message></context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="46" />
        <source>3. ご用件（ライフイベント）</source>
        <translation>3. Purpose of the visit (life event)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="49" />
        <source>（ご用件を選んでください）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="51" />
        <source>ご用件(&amp;E)</source>
        <translation>Life &amp;event</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="68" />
        <source>確認すること</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="72" />
        <source>世帯員（手続きの対象となる方にチェック）</source>
        <translation>Household members (tick those concerned)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="196" />
        <source>カードの方</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="216" />
        <source>空欄ならカードの住所: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="287" />
        <source>必要になる手続き: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="294" />
        <source>空欄なら住民記録の死亡日: </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../widgets/pages/event_page.py" line="397" />
        <source>確認が必要な回答が %n 件あります。</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../widgets/pages/event_page.py" line="406" />
        <source>ご用件を選んでください。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="25" />
        <source>2. 本人確認</source>
        <translation>2. Identify the resident</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="31" />
        <source>カード</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="31" />
        <source>住民記録</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="33" />
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="55" />
        <source>候補（一致度の高い順）(&amp;L)</source>
        <translation>Candidates (best match first) (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="70" />
        <source>住民記録を検索（基本4情報）</source>
        <translation>Search the registry (basic four items)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="79" />
        <source>氏名(&amp;A)</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="85" />
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="82" />
        <source>生年月日</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="45" />
        <source>住民記録の個人番号</source>
        <translation>My Number in the residence record</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="47" />
        <source>同じ条件で一致する方が複数います。住民記録を確認して選んでください。</source>
        <translation>More than one person matches equally. Check the resident records and choose one.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="87" />
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="91" />
        <source>検索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="98" />
        <source>該当なし：新しく転入する方として受付(&amp;T)</source>
        <translation>Not found: register as moving in (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="132" />
        <source>この個人番号は複数の住民記録に登録されています（記録の誤りの可能性があります）。</source>
        <translation>This My Number is registered on more than one residence record (the records may be wrong).</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="134" />
        <source>基本4情報で同じ一致度の候補が複数見つかりました。</source>
        <translation>Several candidates match the four basic items equally well.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="136" />
        <source>カードなしで受付中です。基本4情報で住民記録を検索してください。</source>
        <translation>Visit without a card. Search the registry with the basic four items.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="138" />
        <source>個人番号で住民記録が見つかりました。内容を確認して確定してください。</source>
        <translation>Found in the registry by My Number. Check and confirm.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="140" />
        <source>基本4情報で候補が見つかりました。理由を確認し、ご本人を選んでください。</source>
        <translation>Candidates found by the basic four items. Check the reasons and choose the resident.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="142" />
        <source>住民記録に見つかりません。転入の方は「新しく転入する方として受付」を選んでください。</source>
        <translation>Not in the registry. For a person moving in, choose "register as moving in".</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="212" />
        <source>カードと住民記録で異なる項目: </source>
        <translation>Card and registry differ in: </translation>
    </message>
    <message>
        <location filename="../../widgets/pages/identification_page.py" line="213" />
        <source>（転入前の住所など、カードの券面が古い場合があります）</source>
        <translation> (the card may still show an old address)</translation>
    </message>
<message><source>指定なし</source><translation>Any</translation></message><message><source>男</source><translation>Male</translation></message><message><source>女</source><translation>Female</translation></message><message><source>氏名</source><translation>Name</translation></message></context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../widgets/idle_lock.py" line="48" />
        <source>画面をロックしました。個人情報を隠しています。
続けるには、サインインしている職員のパスワードを入力してください。</source>
        <translation>The screen is locked and personal data is hidden.
Enter the signed-in staff member's password to continue.</translation>
    </message>
    <message>
        <location filename="../../widgets/idle_lock.py" line="54" />
        <source>職員</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../widgets/idle_lock.py" line="58" />
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../widgets/idle_lock.py" line="63" />
        <source>ロック解除(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="100" />
        <source>窓口 — 書かない窓口</source>
        <translation>Madoguchi — no-writing counter</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="100" />
        <source>【練習モード】</source>
        <translation> [PRACTICE MODE]</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="50" />
        <source>練習モード（模擬カード・架空の住民データ。印刷物には「見本」が入ります）</source>
        <translation>PRACTICE MODE (simulated card, fictional residents; prints carry "見本" SAMPLE)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="114" />
        <source>職員: </source>
        <translation>Staff: </translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="125" />
        <location filename="../../widgets/main_window.py" line="325" />
        <source>受付を中止</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="126" />
        <source>← 戻る (Alt+←)</source>
        <translation>← Back (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="127" />
        <source>次へ → (Ctrl+Enter)</source>
        <translation>Next → (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="80" />
        <source>パネル</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="91" />
        <source>サインインしてください</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="142" />
        <source>窓口受付 (F2)</source>
        <translation>Counter (F2)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="232" />
        <source>受付なし</source>
        <translation>No visit</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="236" />
        <source>（転入・新規）</source>
        <translation> (moving in, new)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="241" />
        <source>受付中: </source>
        <translation>Visit: </translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="252" />
        <source>カードをお返しください（リーダーに前の方のカードが置かれたままです）。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="253" />
        <source>カードをリーダーから取って、ご本人にお返しください。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="303" />
        <source>別のカード</source>
        <translation>Another card</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="304" />
        <source>受付中に別のカードが置かれました。新しい受付を始めますか？
今の受付は保存され、あとで再開できます。</source>
        <translation>Another card was placed during this visit. Start a new visit?
The current visit is saved and can be resumed later.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="326" />
        <source>この受付を中止しますか？入力した内容は破棄されます。</source>
        <translation>Cancel this visit? What was entered will be discarded.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="341" />
        <source>ロック中</source>
        <translation>Locked</translation>
    </message>
<message><source>カード読み取り前</source><translation>Card not read</translation></message><message><source>本人確認中</source><translation>Identifying</translation></message><message><source>本人確認済み</source><translation>Identified</translation></message><message><source>手続き選択中</source><translation>Choosing procedures</translation></message><message><source>申請書確認中</source><translation>Reviewing forms</translation></message><message><source>印刷待ち</source><translation>Ready to print</translation></message><message><source>決裁待ち</source><translation>Awaiting approval</translation></message><message><source>決裁済み</source><translation>Approved</translation></message><message><source>印刷済み</source><translation>Printed</translation></message></context>
<context>
    <name>MyNumberRevealWidget</name>
    <message>
        <location filename="../../widgets/staff/my_number_reveal_widget.py" line="45" />
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/my_number_reveal_widget.py" line="53" />
        <source>表示(&amp;V)</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/my_number_reveal_widget.py" line="54" />
        <source>表示すると監査ログに記録され、一定時間後に自動で隠します</source>
        <translation>Showing it is recorded in the audit log; it is hidden again after a while</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/my_number_reveal_widget.py" line="166" />
        <source>あと %1 秒で隠します</source>
        <translation>Hiding in %1 s</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="25" />
        <source>パスワードの変更</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="29" />
        <source>管理者がパスワードを再設定したため、新しいパスワードを決めてください。</source>
        <translation>An administrator reset your password: choose a new one.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="30" />
        <source>新しいパスワードは8文字以上で、職員名と異なるものにしてください。</source>
        <translation>The new password needs at least 8 characters and must differ from the staff name.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="39" />
        <source>現在のパスワード(&amp;O)</source>
        <translation>Current password (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="40" />
        <source>新しいパスワード(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="41" />
        <source>新しいパスワード（確認）(&amp;R)</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="48" />
        <source>変更する</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="49" />
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="62" />
        <source>新しいパスワードが2回とも同じになるよう入力してください。</source>
        <translation>Enter the same new password twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/staff/password_change_dialog.py" line="69" />
        <source>変更しています…</source>
        <translation>Changing…</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../widgets/pages/people_editor.py" line="132" />
        <source>一緒に届け出る方を追加(&amp;M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/people_editor.py" line="170" />
        <source>一緒に届け出る方</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonBox</name>
    <message>
        <location filename="../../widgets/pages/people_editor.py" line="62" />
        <source>この方を削除</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../widgets/pages/life_event_person.py" line="22" />
        <source>世帯員が登録されていません（住民記録を確認してください）</source>
        <translation>No household members registered (check the residence record)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/life_event_person.py" line="51" />
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/life_event_person.py" line="53" />
        <source>　生年月日 %1</source>
        <translation>  born %1</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="30" />
        <source>暗証番号の入力</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="58" />
        <source>暗証番号（数字4桁）</source>
        <translation>PIN (4 digits)</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="73" />
        <source>消去</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="81" />
        <source>残り1回です。間違えるとロックされることをご本人に確認しました(&amp;K)</source>
        <translation>Only one try left: the resident understands a wrong PIN loc&amp;ks the card</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="88" />
        <source>カードなしで続ける（住民記録を検索）(&amp;S)</source>
        <translation>Continue without the card (&amp;search the records)</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="90" />
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="92" />
        <source>読み取る(&amp;R)</source>
        <translation>&amp;Read</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/pin_dialog.py" line="106" />
        <source>残り %n 回</source>
        <translation><numerusform>%n try left</numerusform><numerusform>%n tries left</numerusform></translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="107" />
        <source>ロックされています</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="110" />
        <source>暗証番号がロックされているため、カードを読み取れません。暗証番号の初期化・再設定は市民課のマイナンバーカード窓口で行えます（ご本人が来庁し、カードをお持ちください）。このまま受付を続ける場合は、カードなしで住民記録を検索します。</source>
        <translation>The PIN is locked, so the card cannot be read. The PIN can be reset at the My Number card desk of the Citizens Division (the resident comes in person with the card). To continue this visit, search the registry without the card.</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="116" />
        <source>ご本人に暗証番号（数字4桁）を入力していただいてください。残り1回です。間違えるとロックされ、窓口での再設定が必要になります。</source>
        <translation>Ask the resident to enter the 4-digit PIN. Only one try is left: a wrong PIN locks the card and it must be reset at the counter.</translation>
    </message>
    <message>
        <location filename="../../widgets/pin_dialog.py" line="120" />
        <source>ご本人に暗証番号（数字4桁、券面事項入力補助用）を入力していただいてください。</source>
        <translation>Ask the resident to enter the 4-digit PIN (card-info input helper).</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="31" />
        <source>6. 印刷</source>
        <translation>6. Print</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="35" />
        <source>お渡しする書類（手続き案内が先頭）</source>
        <translation>Documents for the resident (procedure guide first)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="40" />
        <source>印刷プレビュー(&amp;V)</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="41" />
        <source>印刷(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="42" />
        <source>PDFとして保存(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="43" />
        <source>決裁へ提出(&amp;U)</source>
        <translation>S&amp;ubmit for approval</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="44" />
        <source>決裁（承認・差し戻し）(&amp;A)…</source>
        <translation>&amp;Approve or return…</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="45" />
        <source>次の受付へ(&amp;N)</source>
        <translation>&amp;Next visit</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="68" />
        <source>手続き案内</source>
        <translation>Procedure guide</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="88" />
        <source>差し戻されました: </source>
        <translation>Returned: </translation>
    </message>
    <message>
        <location filename="../../widgets/pages/print_page.py" line="150" />
        <source>PDFとして保存</source>
        <translation>Save as PDF</translation>
    </message>
<message><source>確認が済みました。印刷するか、決裁へ提出してください。</source><translation>Review done. Print, or submit for approval.</translation></message><message><source>確認が済みました。この窓口では決裁後に印刷します。決裁へ提出してください。</source><translation>Review done. This office prints after approval: submit for approval.</translation></message><message><source>決裁待ちです。決裁後に印刷できます。</source><translation>Awaiting approval. Printing is possible after approval.</translation></message><message><source>決裁済みです。印刷できます。</source><translation>Approved. Ready to print.</translation></message><message><source>印刷済みです。続けて次の受付を始められます。</source><translation>Printed. You can start the next visit.</translation></message></context>
<context>
    <name>ProceduresPage</name>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="18" />
        <source>4. 必要な手続き</source>
        <translation>4. Procedures needed</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="19" />
        <source>ご用件と回答から必要な手続きを選びました。理由を確認してください。チェックを外す・手続きを追加するときは、変更理由を入力してください。</source>
        <translation>These procedures follow from the event and the answers. Check the reasons. To untick or add one, enter the reason for the change.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="40" />
        <source>例：ご本人の希望、勤務先の保険に加入予定</source>
        <translation>e.g. resident's wish, will join employer insurance</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="41" />
        <source>変更理由(&amp;W)</source>
        <translation>Reason for the change (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="49" />
        <source>手続きを追加</source>
        <translation>Add a procedure</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="52" />
        <source>追加(&amp;D)</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/procedures_page.py" line="73" />
        <source>変更理由を入力してください。</source>
        <translation>Enter the reason for the change.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="71" />
        <source>5. 申請書の確認・修正</source>
        <translation>5. Review and edit the forms</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="112" />
        <source>元に戻す (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="113" />
        <source>やり直す (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="123" />
        <source>この様式だけ修正する(&amp;O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="124" />
        <source>チェックなし: 同じ内容を表示するすべての申請書が変わります。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="129" />
        <source>プレビューを作成中…</source>
        <translation>Rendering preview…</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="145" />
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="147" />
        <source>やり直す</source>
        <translation>Redo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../widgets/pages/review_page.py" line="182" />
        <source>確認が必要な項目が %n 件あります（赤い行）。</source>
        <translation><numerusform>%n field needs attention (red row).</numerusform><numerusform>%n fields need attention (red rows).</numerusform></translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="183" />
        <source>すべての申請書を確認できます。出典を確かめてください。</source>
        <translation>All forms can be confirmed. Check where each value came from.</translation>
    </message>
    <message>
        <location filename="../../widgets/pages/review_page.py" line="243" />
        <source>プレビューを表示できません。</source>
        <translation>The preview cannot be shown.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="26" />
        <source>窓口 — サインイン</source>
        <translation>Madoguchi — Sign in</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="32" />
        <source>起動しています…（データベースとサービスを準備中）</source>
        <translation>Starting… (preparing the database and services)</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="43" />
        <source>職員名(&amp;N)</source>
        <translation>Staff &amp;name</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="45" />
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="54" />
        <location filename="../../widgets/sign_in_page.py" line="119" />
        <source>サインイン</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="57" />
        <source>最初の管理者を作成(&amp;C)</source>
        <translation>&amp;Create the first administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="77" />
        <location filename="../../widgets/sign_in_page.py" line="138" />
        <source>職員名とパスワードを入力してください。</source>
        <translation>Enter your staff name and password.</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="79" />
        <source>練習モード：次の練習用アカウントでサインインできます。</source>
        <translation>Practice mode: sign in with one of these practice accounts.</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="89" />
        <source>初回起動です。最初の管理者の名前を入力し、「最初の管理者を作成」を押してください。一回限りのパスワードが表示されます（サインイン後に変更が必要です）。</source>
        <translation>First start. Enter the first administrator's name and press "Create the first administrator". A one-time password is shown (it must be changed after signing in).</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="99" />
        <source>管理者「%1」を作成しました。一回限りのパスワード: %2
控えてからサインインし、新しいパスワードを設定してください。</source>
        <translation>Administrator "%1" created. One-time password: %2
Note it, sign in and set a new password.</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="116" />
        <source>確認しています…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="130" />
        <source>パスワードの変更が必要です。新しいパスワードを設定すると窓口を使えます。</source>
        <translation>You must change your password. Set a new one to use the counter.</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="134" />
        <source>パスワードを変更しました。窓口を開いています…</source>
        <translation>Password changed. Opening the counter…</translation>
    </message>
    <message>
        <location filename="../../widgets/sign_in_page.py" line="140" />
        <source>パスワードを変更しなかったため、サインアウトしました。もう一度サインインして、新しいパスワードを設定してください。</source>
        <translation>Signed out because the password was not changed. Sign in again and set a new password.</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="38" />
        <source>研修パネル（練習モード）</source>
        <translation>Trainer panel (practice mode)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="63" />
        <source>模擬カード（&amp;K）</source>
        <translation>Simulated card (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="82" />
        <source>カードを置く (Enter)</source>
        <translation>Place card (Enter)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="83" />
        <source>取り除く (Ctrl+Del)</source>
        <translation>Remove (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="97" />
        <source>障害を入れる</source>
        <translation>Inject a fault</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="108" />
        <source>練習シナリオ（&amp;S）</source>
        <translation>Practice &amp;scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="119" />
        <source>シナリオを開始（カードを置く）</source>
        <translation>Start the scenario (places the card)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="134" />
        <source>「%1」のカードを置きました。</source>
        <translation>Placed the card of "%1".</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="142" />
        <source>カードを取り除きました。</source>
        <translation>Card removed.</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="152" />
        <source>障害「%1」を入れました。</source>
        <translation>Fault "%1" injected.</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="165" />
        <source>シナリオ「%1」を開始しました。手順を読み上げてください。</source>
        <translation>Scenario "%1" started. Read out the steps.</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="178" />
        <source>暗証番号: %1</source>
        <translation>PIN: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="186" />
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="196" />
        <source>模擬リーダー: 「%1」のカードあり</source>
        <translation>Simulated reader: card of "%1"</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="198" />
        <source>模擬リーダー: カードあり（ほかの操作で置かれたカード）</source>
        <translation>Simulated reader: a card (placed elsewhere)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="200" />
        <source>（障害: %1）</source>
        <translation> (fault: %1)</translation>
    </message>
    <message>
        <location filename="../../widgets/trainer/trainer_panel.py" line="202" />
        <source>模擬リーダー: カードなし</source>
        <translation>Simulated reader: no card</translation>
    </message>
<message><source>暗証番号の誤り（正しい番号でも不一致）</source><translation>Wrong PIN (even the right PIN fails)</translation></message><message><source>暗証番号の残り1回</source><translation>One PIN try left</translation></message><message><source>暗証番号ロック済み</source><translation>PIN locked</translation></message><message><source>読み取り中にカードを抜く</source><translation>Card pulled during the read</translation></message><message><source>マイナンバーカード以外</source><translation>Not a My Number card</translation></message></context>
<context><name>CandidateModel</name><message><source>氏名</source><translation>Name</translation></message><message><source>フリガナ</source><translation>Kana</translation></message><message><source>生年月日</source><translation>Birth date</translation></message><message><source>性別</source><translation>Sex</translation></message><message><source>住所</source><translation>Address</translation></message><message><source>一致度</source><translation>Match</translation></message><message><source>理由</source><translation>Reasons</translation></message><message><source>男</source><translation>Male</translation></message><message><source>女</source><translation>Female</translation></message><message><source>不明</source><translation>Unknown</translation></message><message><source>個人番号で一致</source><translation>My Number matches</translation></message></context><context><name>ProcedureModel</name><message><source>手続き</source><translation>Procedure</translation></message><message><source>理由</source><translation>Reasons</translation></message><message><source>追加・除外の理由</source><translation>Reason for adding / removing</translation></message><message><source>（職員が追加）</source><translation> (added by clerk)</translation></message></context><context><name>ValidationIssue</name><message><source>必須の項目です。入力してください。</source><translation type="unfinished" /></message><message><source>書式が正しくありません（{expected}）。</source><translation type="unfinished" /></message><message><source>日付が受付できる範囲にありません（{expected}）。</source><translation type="unfinished" /></message><message><source>個人番号の検査用数字が合いません（12桁の番号を確かめてください）。</source><translation type="unfinished" /></message><message><source>12桁の数字</source><translation type="unfinished" /></message><message><source>数字</source><translation type="unfinished" /></message><message><source>YYYY-MM-DD の日付（例 2026-11-01）</source><translation type="unfinished" /></message><message><source>受付日の2年前から60日後まで</source><translation type="unfinished" /></message><message><source>明治以降、受付日から60日後まで</source><translation type="unfinished" /></message><message><source>カタカナ（氏と名の間は空白）</source><translation type="unfinished" /></message><message><source>0から始まる電話番号（例 0155-12-3456）</source><translation type="unfinished" /></message><message><source>1以上の整数</source><translation type="unfinished" /></message></context><context><name>ApprovalQueueModel</name><message><source>受付番号</source><translation>Visit no.</translation></message><message><source>版</source><translation>Rev.</translation></message><message><source>提出者</source><translation>Submitted by</translation></message><message><source>提出日時</source><translation>Submitted at</translation></message><message><source>決裁</source><translation>Approval</translation></message></context><context><name>SnapshotFieldModel</name><message><source>項目</source><translation>Field</translation></message><message><source>値</source><translation>Value</translation></message><message><source>出典</source><translation>Source</translation></message><message><source>事前入力値（変更前）</source><translation>Pre-filled value (before change)</translation></message><message><source>カード</source><translation>Card</translation></message><message><source>住民記録</source><translation>Registry</translation></message><message><source>職員入力</source><translation>Clerk</translation></message><message><source>住民の回答</source><translation>Resident's answer</translation></message><message><source>自動算出</source><translation>Derived</translation></message><message><source>未入力</source><translation>Empty</translation></message><message><source>事務処理欄</source><translation>Office use</translation></message></context><context><name>ErrorCatalog</name><message><source>カードの読み取り中にエラーが発生しました。</source><translation type="unfinished" /></message><message><source>カードリーダーが見つかりません。接続を確認してください。</source><translation type="unfinished" /></message><message><source>カードリーダー「{reader}」が見つかりません。</source><translation type="unfinished" /></message><message><source>他のアプリがカードを使用中です。</source><translation type="unfinished" /></message><message><source>カードリーダーのサービスが動いていません。</source><translation type="unfinished" /></message><message><source>カードが置かれていません。</source><translation type="unfinished" /></message><message><source>カードが離れました。</source><translation type="unfinished" /></message><message><source>マイナンバーカードではないか、正しく置かれていません。</source><translation type="unfinished" /></message><message><source>暗証番号が違います。残り {tries_left} 回で窓口でのロック解除が必要になります。</source><translation type="unfinished" /></message><message><source>暗証番号がロックされています。</source><translation type="unfinished" /></message><message><source>暗証番号の残り回数が {tries_left} 回です。間違えるとロックされます。</source><translation type="unfinished" /></message><message><source>暗証番号は数字4桁です（カードには送信していません）。</source><translation type="unfinished" /></message><message><source>カードの内容を正しく読み取れませんでした。</source><translation type="unfinished" /></message><message><source>カードとの通信でエラーが発生しました。</source><translation type="unfinished" /></message><message><source>カードの認証が完了していません。</source><translation type="unfinished" /></message><message><source>模擬カードのペルソナ「{persona}」はありません。</source><translation type="unfinished" /></message><message><source>PC/SC の試験用サービスを起動できません（{why}）。</source><translation type="unfinished" /></message><message><source>続柄を住民票の書き方にできません。</source><translation type="unfinished" /></message><message><source>続柄が空欄です。</source><translation type="unfinished" /></message><message><source>「{term}」は住民票の続柄ではありません。</source><translation type="unfinished" /></message><message><source>「{term}」は住民票で使わない続柄です。</source><translation type="unfinished" /></message><message><source>和暦で表せない日付です。</source><translation type="unfinished" /></message><message><source>明治より前の日付は和暦で印刷できません。</source><translation type="unfinished" /></message><message><source>元号が正しくありません。</source><translation type="unfinished" /></message><message><source>{era}にその日付はありません。</source><translation type="unfinished" /></message><message><source>印刷用のフォント（{font}）がインストールされていません。</source><translation type="unfinished" /></message><message><source>申請書の定義ファイルに誤りがあります（{why}）。</source><translation type="unfinished" /></message><message><source>手続きの判定ルールに誤りがあります（{why}）。</source><translation type="unfinished" /></message><message><source>シナリオファイルの {key} が正しくありません。</source><translation type="unfinished" /></message><message><source>シナリオの {key} はオブジェクト（{{...}}）で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は未知のキーです。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は YYYY-MM-DD 形式の実在する日付で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は必須です。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は住民票の続柄ではありません。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は {expected} のどれかです。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は12桁の数字（文字列）で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は true / false で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は一覧（[...]）で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は1以上の整数です。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は 1=男 2=女 (0/9=不明) です。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は宛名番号を文字列で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオには card.name か resident_id のどちらかが必要です。</source><translation type="unfinished" /></message><message><source>このご用件のシナリオには {key} が必須です。</source><translation type="unfinished" /></message><message><source>シナリオファイルを読めません（{reason}）。</source><translation type="unfinished" /></message><message><source>シナリオファイルの JSON の形式が正しくありません（{line}行 {column}列）。</source><translation type="unfinished" /></message><message><source>シナリオの宛名番号の住民はデータベースにいません。</source><translation type="unfinished" /></message><message><source>同じ番号の住民記録がすでにあります。</source><translation type="unfinished" /></message><message><source>同じ宛名番号の住民記録がすでにあります。</source><translation type="unfinished" /></message><message><source>同じ世帯番号の世帯がすでにあります。</source><translation type="unfinished" /></message><message><source>その宛名番号の住民はいません。</source><translation type="unfinished" /></message><message><source>この住民の個人番号は登録されていません。</source><translation type="unfinished" /></message><message><source>個人番号が正しくありません。</source><translation type="unfinished" /></message><message><source>個人番号は12桁の数字です。</source><translation type="unfinished" /></message><message><source>個人番号のチェックデジットが一致しません。</source><translation type="unfinished" /></message><message><source>個人番号の暗号鍵ファイルを使えません（{path}）。</source><translation type="unfinished" /></message><message><source>個人番号の暗号鍵ファイルの権限が広すぎます（{mode}）: {path}</source><translation type="unfinished" /></message><message><source>個人番号の暗号鍵ファイルの形式が正しくありません: {path}</source><translation type="unfinished" /></message><message><source>個人番号の暗号鍵ファイルの長さが正しくありません: {path}</source><translation type="unfinished" /></message><message><source>プレビューを表示できません。</source><translation>The preview cannot be shown.</translation></message><message><source>その受付は見つかりません。</source><translation type="unfinished" /></message><message><source>今の段階ではその操作はできません。</source><translation type="unfinished" /></message><message><source>まだ次へ進めません。</source><translation type="unfinished" /></message><message><source>この操作はできません。</source><translation type="unfinished" /></message><message><source>その住民は候補にありません。</source><translation type="unfinished" /></message><message><source>世帯員の氏名が入っていません。</source><translation type="unfinished" /></message><message><source>ご用件が選ばれていません。</source><translation type="unfinished" /></message><message><source>手続きを変えるには理由が必要です。</source><translation type="unfinished" /></message><message><source>その手続きは一覧にありません。</source><translation type="unfinished" /></message><message><source>手続きが1件も選ばれていません。</source><translation type="unfinished" /></message><message><source>この段階では申請書を修正できません。</source><translation type="unfinished" /></message><message><source>差し戻しにはコメントが必要です。</source><translation type="unfinished" /></message><message><source>回答が足りない項目、または書式の違う項目が {count} 件あります。</source><translation type="unfinished" /></message><message><source>この操作を行う権限がありません。</source><translation type="unfinished" /></message><message><source>職員アカウントの処理に失敗しました。</source><translation type="unfinished" /></message><message><source>職員名に使えない文字が含まれています（見えない文字・向きを変える制御文字・空白・英数字とかな漢字以外の文字は使えません）。</source><translation type="unfinished" /></message><message><source>管理者はすでに登録されています（初回設定は済んでいます）。</source><translation type="unfinished" /></message><message><source>新しいパスワードが今のパスワードと同じです。</source><translation type="unfinished" /></message><message><source>職員名またはパスワードが違います。</source><translation>Wrong staff name or password.</translation></message><message><source>失敗が続いたためアカウントがロックされました。</source><translation type="unfinished" /></message><message><source>このアカウントは無効です。</source><translation>This account is disabled.</translation></message><message><source>パスワードは8文字以上で、職員名と異なるものにしてください。</source><translation type="unfinished" /></message><message><source>同じ職員名がすでに登録されています。</source><translation type="unfinished" /></message><message><source>その職員は登録されていません。</source><translation type="unfinished" /></message><message><source>パスワードを読み取れませんでした。</source><translation type="unfinished" /></message><message><source>標準入力の1行目にパスワードがありません。</source><translation type="unfinished" /></message><message><source>2回の入力が一致しません。</source><translation type="unfinished" /></message><message><source>この来庁記録は決裁に回されていません。</source><translation type="unfinished" /></message><message><source>決裁できません。</source><translation type="unfinished" /></message><message><source>この状態ではその操作はできません。</source><translation type="unfinished" /></message><message><source>自分が提出した申請は決裁できません。</source><translation type="unfinished" /></message><message><source>コメントを入力してください。</source><translation type="unfinished" /></message><message><source>監査ログに書けない内容が渡されました（{what}）。</source><translation type="unfinished" /></message><message><source>12桁の数字の並び（個人番号の可能性）は監査ログに書けません（{what}）。</source><translation type="unfinished" /></message><message><source>監査ログには短い ID やコードだけを書きます（{what}）。</source><translation type="unfinished" /></message><message><source>監査ログの詳細に ID でない値が渡されました（{what}）。</source><translation type="unfinished" /></message><message><source>設定 {key} の値が正しくありません。</source><translation type="unfinished" /></message><message><source>設定 {key} は on / off で指定してください。</source><translation type="unfinished" /></message><message><source>設定 {key} は整数で指定してください。</source><translation type="unfinished" /></message><message><source>設定 {key} の値の種類が違います。</source><translation type="unfinished" /></message><message><source>設定 {key} の値が範囲外です。</source><translation type="unfinished" /></message><message><source>設定 {key} はありません。</source><translation type="unfinished" /></message><message><source>設定 {key} は庁舎全体の設定です（データベースに保存）。</source><translation type="unfinished" /></message><message><source>設定 {key} は庁舎全体の設定ではありません。</source><translation type="unfinished" /></message><message><source>先にカードを置いてください。</source><translation type="unfinished" /></message><message><source>その障害は用意されていません。</source><translation type="unfinished" /></message><message><source>研修シナリオ {source} の {key} が正しくありません（{problem}）。</source><translation type="unfinished" /></message><message><source>練習用データベースとして使えないファイルです。</source><translation type="unfinished" /></message><message><source>練習用データベースはこの端末の SQLite ファイルだけです。</source><translation type="unfinished" /></message><message><source>練習用でないデータベースを初期化しようとしました。</source><translation type="unfinished" /></message><message><source>有効期間（valid_from / valid_to）が正しくありません（{where}）。</source><translation type="unfinished" /></message><message><source>日付が正しくありません（{where}）。</source><translation type="unfinished" /></message><message><source>有効期間がありません（{where}）。</source><translation type="unfinished" /></message><message><source>有効期間の開始が終了より後です（{where}）。</source><translation type="unfinished" /></message><message><source>市独自の上書きフォルダを使えません（{path}）。</source><translation type="unfinished" /></message><message><source>市独自の上書きフォルダが見つかりません。</source><translation type="unfinished" /></message><message><source>上書きフォルダのファイル {path} を読めません。</source><translation type="unfinished" /></message><message><source>上書きフォルダのファイル {path} の JSON の形式が正しくありません（{why}）。</source><translation type="unfinished" /></message><message><source>上書きフォルダのファイル {path} はオブジェクト（{{...}}）で書いてください。</source><translation type="unfinished" /></message><message><source>ルール・手続き・様式の点検でエラーが {errors} 件見つかりました（注意 {warnings} 件）。</source><translation type="unfinished" /></message><message><source>サインインしていないため、この操作はできません。</source><translation type="unfinished" /></message><message><source>このアカウントは無効にされたため、この操作はできません。</source><translation type="unfinished" /></message><message><source>役割が変更されたため、この操作はできなくなりました。</source><translation type="unfinished" /></message><message><source>「{command}」は職員としてサインインして実行する操作です。</source><translation type="unfinished" /></message><message><source>登録済みの職員名と見分けにくい名前です（0とo、1とl、カと力 など）。</source><translation type="unfinished" /></message><message><source>最後の管理者は無効にしたり役割を変えたりできません。</source><translation type="unfinished" /></message><message><source>このアカウントはパスワードの変更が必要です。</source><translation type="unfinished" /></message><message><source>決裁が済んでいないため、正式な申請書は印刷できません。</source><translation type="unfinished" /></message><message><source>差し戻された申請は印刷できません。</source><translation type="unfinished" /></message><message><source>この受付は提出待ちで止まってはいません。</source><translation type="unfinished" /></message><message><source>暗号鍵ファイルがありません: {path}</source><translation type="unfinished" /></message><message><source>暗号鍵ファイルがすでにあります: {path}</source><translation type="unfinished" /></message><message><source>このデータベースは既存の鍵で暗号化されていますが、鍵ファイルがありません: {path}</source><translation type="unfinished" /></message><message><source>この端末の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。</source><translation type="unfinished" /></message><message><source>この端末の個人番号の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。</source><translation type="unfinished" /></message><message><source>この端末の監査ログの鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。</source><translation type="unfinished" /></message><message><source>暗号鍵の切り替え（keys rotate）が途中のため起動できません。</source><translation type="unfinished" /></message><message><source>暗号鍵を切り替えられません。</source><translation type="unfinished" /></message><message><source>このデータベースには鍵の確認値がまだありません。</source><translation type="unfinished" /></message><message><source>切り替え途中の新しい鍵ファイル（{path}）が、切り替えを始めたときの鍵と一致しません。</source><translation type="unfinished" /></message><message><source>監査ログに問題があります。</source><translation type="unfinished" /></message><message><source>監査ログの先頭情報が削除されているため、記録を続けられません。</source><translation type="unfinished" /></message><message><source>監査ログの記録そのものが壊れているため、先頭情報を作り直せません（第 {seq} 件）。</source><translation type="unfinished" /></message><message><source>監査ログの先頭情報は失われていません。</source><translation type="unfinished" /></message><message><source>アンカーファイルを読めません: {path}</source><translation type="unfinished" /></message><message><source>アンカーファイル {path} の {line} 行目の形式が正しくありません。</source><translation type="unfinished" /></message><message><source>アンカーファイル {path} が大きすぎます（{limit_mb} MB まで）。</source><translation type="unfinished" /></message><message><source>アンカーファイル {path} にアンカーがありません。</source><translation type="unfinished" /></message><message><source>設定 {key} に制御文字・見えない文字・前後の空白は使えません。</source><translation type="unfinished" /></message><message><source>設定 {key} に12桁の数字の並び（個人番号の可能性）は使えません。</source><translation type="unfinished" /></message><message><source>設定 {key} は手続きコードのカンマ区切り（例: juminhyo,seal_certificate）で指定してください。</source><translation type="unfinished" /></message><message><source>データベースのロールを設定できません。</source><translation type="unfinished" /></message><message><source>`db roles` は PostgreSQL のデータベースだけに使います。</source><translation type="unfinished" /></message><message><source>ロール名 {role} は使えません（英小文字・数字・_ のみ）。</source><translation type="unfinished" /></message><message><source>ログインロール {role} はスーパーユーザーのため、権限で制限できません。</source><translation type="unfinished" /></message><message><source>所有者ロールとログインロールは別の名前にしてください。</source><translation type="unfinished" /></message><message><source>この接続ではロールの作成や所有者の変更ができません。</source><translation type="unfinished" /></message><message><source>データベースの URL が正しくありません。</source><translation type="unfinished" /></message><message><source>データベースの URL の書き方が正しくありません。</source><translation type="unfinished" /></message><message><source>データベースの URL のドライバー（{scheme}）は使えません。</source><translation type="unfinished" /></message><message><source>この種類のデータベース（{scheme}）には対応していません。</source><translation type="unfinished" /></message><message><source>データベース（{where}）に接続できません。</source><translation type="unfinished" /></message><message><source>データベースサーバー（{where}）が接続を受け付けません。</source><translation type="unfinished" /></message><message><source>データベースサーバー（{where}）から応答がありません。</source><translation type="unfinished" /></message><message><source>データベースサーバーのホスト名（{where}）が見つかりません。</source><translation type="unfinished" /></message><message><source>データベースサーバー（{where}）にログインできません（ユーザー名・パスワード・接続の許可）。</source><translation type="unfinished" /></message><message><source>データベースサーバーに、指定したデータベース（{where}）がありません。</source><translation type="unfinished" /></message><message><source>処理中にデータベース（{where}）との接続が切れました。</source><translation type="unfinished" /></message><message><source>データベースのファイルがありません: {path}</source><translation type="unfinished" /></message><message><source>データベースのファイルもフォルダもありません: {path}</source><translation type="unfinished" /></message><message><source>データベースのファイルが壊れています: {path}</source><translation type="unfinished" /></message><message><source>データベースのファイルではありません: {path}</source><translation type="unfinished" /></message><message><source>データベースのファイルが途中で切れています（コピーの中断など）: {path}</source><translation type="unfinished" /></message><message><source>データベースのファイルが壊れています（SQLite の検査で異常）: {path}</source><translation type="unfinished" /></message><message><source>データベース（{where}）はまだ初期化されていません。</source><translation type="unfinished" /></message><message><source>このデータベースは新しい版の Madoguchi で作られています（スキーマ {version}）。この版では使えません。</source><translation type="unfinished" /></message><message><source>データベースのスキーマが古いままです（{version}）。</source><translation type="unfinished" /></message><message><source>データベースに書き込めません（読み取り専用の媒体か、書き込み権限がありません）: {path}</source><translation type="unfinished" /></message><message><source>データベース（{where}）のディスクがいっぱいで書き込めません。</source><translation type="unfinished" /></message><message><source>データベース（{where}）を他の処理が使用中です。</source><translation type="unfinished" /></message><message><source>出力ファイルに書き込めません（{errno}）: {path}</source><translation type="unfinished" /></message><message><source>出力先のフォルダがありません: {path}</source><translation type="unfinished" /></message><message><source>出力先がフォルダです（ファイル名を指定してください）: {path}</source><translation type="unfinished" /></message><message><source>出力先に書き込む権限がありません: {path}</source><translation type="unfinished" /></message><message><source>ディスクがいっぱいで出力ファイルを書けません: {path}</source><translation type="unfinished" /></message><message><source>出力先は読み取り専用です: {path}</source><translation type="unfinished" /></message><message><source>出力ファイルの名前が長すぎるか、使えない文字を含みます: {path}</source><translation type="unfinished" /></message><message><source>結果を標準出力に書き込めません（{errno}）。</source><translation type="unfinished" /></message><message><source>標準入力を文字として読めません（{encoding} ではありません）。</source><translation type="unfinished" /></message><message><source>シナリオファイルが大きすぎます（上限 {limit_kb} KB）。</source><translation type="unfinished" /></message><message><source>シナリオファイルの入れ子が深すぎます（上限 {limit} 段）。</source><translation type="unfinished" /></message><message><source>シナリオファイルが UTF-8 のテキストではありません（{offset} バイト目）。</source><translation type="unfinished" /></message><message><source>シナリオファイルがありません。</source><translation type="unfinished" /></message><message><source>シナリオファイルを読む権限がありません。</source><translation type="unfinished" /></message><message><source>シナリオに指定したのはフォルダです。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は文字列（"..."）で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} が長すぎます（上限 {limit} 文字）。</source><translation type="unfinished" /></message><message><source>シナリオの {key} に使えない文字（制御文字や不正な文字）があります。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は文字列の一覧（["...", ...]）で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオの {key} の件数が多すぎます（上限 {limit} 件）。</source><translation type="unfinished" /></message><message><source>シナリオの {key} は {low} から {high} までの日付で指定してください。</source><translation type="unfinished" /></message><message><source>シナリオファイルに使えない数値があります（NaN、無限大、桁数が多すぎる数）。</source><translation type="unfinished" /></message><message><source>予期しない問題で処理を完了できませんでした（記録番号 {incident}、技術的な詳細: {log}）。</source><translation type="unfinished" /></message><message><source>予期しない問題で処理を完了できませんでした（記録番号 {incident}。記録ファイルは書けませんでした）。</source><translation type="unfinished" /></message><message><source>中断しました。</source><translation type="unfinished" /></message><message><source>カードを置き直して、もう一度読み取ってください。</source><translation type="unfinished" /></message><message><source>リーダーの接続を確認するか、カードなしで受付を続けてください。</source><translation>Check the reader connection, or continue without the card.</translation></message><message><source>`card readers` でリーダーの名前を確認してください。</source><translation type="unfinished" /></message><message><source>そのアプリを閉じてから読み取ってください。</source><translation type="unfinished" /></message><message><source>システム担当に連絡し、カードなしで受付を続けてください。</source><translation>Call IT support and continue without the card.</translation></message><message><source>カードをリーダーに置いてください。</source><translation>Place the card on the reader.</translation></message><message><source>カードを置き直して、最初から読み取ってください。</source><translation>Place the card again and read it from the start.</translation></message><message><source>マイナンバーカードを正しく置き直してください。</source><translation>Place the My Number card on the reader correctly.</translation></message><message><source>ご本人にもう一度暗証番号を入力していただいてください。</source><translation>Ask the resident to enter the PIN again.</translation></message><message><source>暗証番号の初期化・再設定の窓口をご案内し、カードなしで受付を続けてください。</source><translation>Direct the resident to the PIN reset desk and continue without the card.</translation></message><message><source>ご本人に確認のうえ、最後の1回であることを確認してから読み取ってください。</source><translation type="unfinished" /></message><message><source>数字4桁で入力してください。</source><translation>Enter 4 digits.</translation></message><message><source>券面を確認し、住民記録を検索してください。</source><translation>Check the card face and search the registry.</translation></message><message><source>もう一度読み取ってください。続く場合はシステム担当に連絡してください。</source><translation>Read the card again. If it keeps failing, call IT support.</translation></message><message><source>もう一度読み取ってください。</source><translation type="unfinished" /></message><message><source>resources/personas/ にあるペルソナ ID を指定してください。</source><translation type="unfinished" /></message><message><source>続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>世帯主から見た続柄（妻、子、妻の父 など）で入力してください。</source><translation type="unfinished" /></message><message><source>世帯主から見た続柄を入力してください。</source><translation type="unfinished" /></message><message><source>妻・夫や「妻の父」のように世帯主から見た続柄で入力してください。</source><translation type="unfinished" /></message><message><source>日付を確認してください。</source><translation type="unfinished" /></message><message><source>明治・大正・昭和・平成・令和のどれかで入力してください。</source><translation type="unfinished" /></message><message><source>元号と年を確認してください。</source><translation type="unfinished" /></message><message><source>システム担当に scripts/setup.sh の実行を依頼してください。</source><translation type="unfinished" /></message><message><source>定義ファイルを直すよう、システム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>ルールファイルを直すよう、システム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>docs/scenario-format.md を確認してください。</source><translation type="unfinished" /></message><message><source>キーの綴りを docs/scenario-format.md で確認してください。</source><translation type="unfinished" /></message><message><source>値を入れてください。</source><translation type="unfinished" /></message><message><source>世帯主から見た続柄（妻、子 など）で指定してください。</source><translation type="unfinished" /></message><message><source>値を確認してください。</source><translation type="unfinished" /></message><message><source>どちらかを入れてください。</source><translation type="unfinished" /></message><message><source>ファイルの場所と権限を確認してください。</source><translation type="unfinished" /></message><message><source>JSON の書式を確認してください。</source><translation type="unfinished" /></message><message><source>宛名番号と --db を確認してください。</source><translation type="unfinished" /></message><message><source>取り込むデータを確認してください。</source><translation type="unfinished" /></message><message><source>宛名番号を確認してください。</source><translation type="unfinished" /></message><message><source>カードまたは住民記録を確認してください。</source><translation type="unfinished" /></message><message><source>12桁の数字を確認してください。</source><translation type="unfinished" /></message><message><source>桁数を確認してください。</source><translation type="unfinished" /></message><message><source>番号を確認してください。</source><translation type="unfinished" /></message><message><source>システム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>chmod 600 で所有者だけが読めるようにしてください。</source><translation type="unfinished" /></message><message><source>バックアップから鍵ファイルを戻してください。</source><translation type="unfinished" /></message><message><source>プレビューなしで確認を続けられます。</source><translation>You can continue the review without the preview.</translation></message><message><source>受付の一覧を更新してください。</source><translation type="unfinished" /></message><message><source>画面の案内に沿って進めてください。続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>確認が必要な項目を見直してください。</source><translation type="unfinished" /></message><message><source>入力内容を確認してください。</source><translation>Check what was entered.</translation></message><message><source>候補の一覧から選んでください。</source><translation type="unfinished" /></message><message><source>氏名を入力してください。</source><translation type="unfinished" /></message><message><source>ご用件を選んでください。</source><translation type="unfinished" /></message><message><source>理由を入力してください。</source><translation type="unfinished" /></message><message><source>一覧から選んでください。</source><translation type="unfinished" /></message><message><source>少なくとも1件選んでください。</source><translation type="unfinished" /></message><message><source>差し戻された後に修正してください。</source><translation type="unfinished" /></message><message><source>直すべき点をコメントに書いてください。</source><translation type="unfinished" /></message><message><source>赤い表示の項目を確認してください。</source><translation type="unfinished" /></message><message><source>権限のある職員に依頼してください。</source><translation>Ask a member of staff with the right role.</translation></message><message><source>半角英数字（. _ - も可）か、かな・漢字の職員名にしてください。</source><translation type="unfinished" /></message><message><source>管理者として `users add --as 管理者名` で職員を追加してください。</source><translation type="unfinished" /></message><message><source>別のパスワードを入力してください。</source><translation type="unfinished" /></message><message><source>職員名とパスワードを確認してください。</source><translation>Check the staff name and password.</translation></message><message><source>管理者にパスワードの再設定を依頼してください。</source><translation type="unfinished" /></message><message><source>管理者に連絡してください。</source><translation>Contact an administrator.</translation></message><message><source>別の職員名にしてください。</source><translation type="unfinished" /></message><message><source>職員名を確認してください。</source><translation type="unfinished" /></message><message><source>もう一度入力してください。</source><translation type="unfinished" /></message><message><source>パスワードを1行目に入れてください。</source><translation type="unfinished" /></message><message><source>一覧を更新してください。</source><translation type="unfinished" /></message><message><source>別の決裁者に依頼するか、入力内容を確認してください。</source><translation>Ask another supervisor, or check the input.</translation></message><message><source>別の決裁者に依頼してください。</source><translation type="unfinished" /></message><message><source>コメント欄に理由を入力してから、もう一度押してください。</source><translation type="unfinished" /></message><message><source>`settings list` で設定と値の範囲を確認してください。</source><translation type="unfinished" /></message><message><source>`settings list` で範囲を確認してください。</source><translation type="unfinished" /></message><message><source>`settings list` で設定名を確認してください。</source><translation type="unfinished" /></message><message><source>--db を付けて設定してください。</source><translation type="unfinished" /></message><message><source>端末の設定として指定してください。</source><translation type="unfinished" /></message><message><source>ペルソナを選んで「カードを置く」を押してください。</source><translation type="unfinished" /></message><message><source>一覧から障害を選んでください。</source><translation type="unfinished" /></message><message><source>シナリオファイルを直してください。</source><translation type="unfinished" /></message><message><source>--demo では --db を付けないでください。</source><translation type="unfinished" /></message><message><source>YYYY-MM-DD の日付で書いてください。</source><translation type="unfinished" /></message><message><source>YYYY-MM-DD の実在する日付で指定してください。</source><translation type="unfinished" /></message><message><source>valid_from と valid_to を書いてください（期限なしは null）。</source><translation type="unfinished" /></message><message><source>valid_from と valid_to を確認してください。</source><translation type="unfinished" /></message><message><source>`rules lint --overrides フォルダ` で点検し、システム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>設定 forms_override_dir のフォルダを確認してください（空にすると標準のみで動きます）。</source><translation type="unfinished" /></message><message><source>JSON の書式を直し、`rules lint` で点検してください。</source><translation type="unfinished" /></message><message><source>docs/forms-overrides.md の形式を確認してください。</source><translation type="unfinished" /></message><message><source>表示された箇所を直してから使ってください。</source><translation type="unfinished" /></message><message><source>サインインしてから、もう一度操作してください。</source><translation type="unfinished" /></message><message><source>いったんサインアウトし、今の役割でサインインし直してください。</source><translation type="unfinished" /></message><message><source>`--as 職員名` を付けて実行してください（パスワードは標準入力の1行目、端末では入力欄から）。</source><translation type="unfinished" /></message><message><source>ほかの職員名と紛れない名前にしてください。</source><translation type="unfinished" /></message><message><source>先に別の管理者を追加してください。</source><translation type="unfinished" /></message><message><source>`users passwd --as 職員名` でパスワードを変更してから、もう一度実行してください。</source><translation type="unfinished" /></message><message><source>審査者の承認を待ってください。</source><translation type="unfinished" /></message><message><source>コメントに沿って修正し、もう一度提出してください。</source><translation type="unfinished" /></message><message><source>同じデータベースを使っている端末から鍵ファイルをこの場所にコピーしてください（新しいデータベースなら `db init`）。</source><translation type="unfinished" /></message><message><source>既存の鍵は上書きしません。</source><translation type="unfinished" /></message><message><source>このデータベースを使っている端末から鍵ファイルをコピーしてください（新しい鍵は作りません）。</source><translation type="unfinished" /></message><message><source>データベースを使っている他の端末と同じ鍵ファイルを置いてください。</source><translation type="unfinished" /></message><message><source>このデータベースを使っている他の端末と同じ鍵ファイルを {path} に置いてください。</source><translation type="unfinished" /></message><message><source>システム担当に `keys rotate --as 管理者` を最後まで実行するよう依頼してください。</source><translation type="unfinished" /></message><message><source>先に一度、窓口アプリか `keys status` を実行してください。</source><translation type="unfinished" /></message><message><source>切り替えを始めた端末の {path} を戻してから、もう一度実行してください。</source><translation type="unfinished" /></message><message><source>システム担当に `audit repair-head --as 管理者 --anchor アンカーファイル` の実行を依頼してください（docs/audit-log.md）。</source><translation type="unfinished" /></message><message><source>`audit verify` で確認し、バックアップから復旧してください。</source><translation type="unfinished" /></message><message><source>修復は不要です。`audit verify` で確認してください。</source><translation type="unfinished" /></message><message><source>ファイルの場所を確認してください。</source><translation type="unfinished" /></message><message><source>`audit anchor` が書いたファイルを指定してください。</source><translation type="unfinished" /></message><message><source>`audit anchor --out` が書いたファイルを指定してください。</source><translation type="unfinished" /></message><message><source>SQLite ではファイルの権限（0600）で保護されています。</source><translation type="unfinished" /></message><message><source>別の名前にしてください。</source><translation type="unfinished" /></message><message><source>窓口端末用に別のロール名を指定してください。</source><translation type="unfinished" /></message><message><source>--owner-role を確認してください。</source><translation type="unfinished" /></message><message><source>スーパーユーザー（またはデータベース所有者）の URL を --db に指定してください。</source><translation type="unfinished" /></message><message><source>--db または MADOGUCHI_DB を確認してください（例: sqlite:///C:/madoguchi/madoguchi.sqlite3、postgresql://ユーザー@サーバー/データベース）。</source><translation type="unfinished" /></message><message><source>SQLite は sqlite:///、PostgreSQL は postgresql:// で始まる URL を指定してください。</source><translation type="unfinished" /></message><message><source>SQLite（sqlite:///…）か PostgreSQL（postgresql://…）を指定してください。</source><translation type="unfinished" /></message><message><source>サーバーが動いているか、ネットワークと URL を確認してください。続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>サーバーが起動しているか、ホスト名とポート番号を確認してください。続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>ネットワークとサーバーの状態を確認してください。続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>URL のホスト名を確認してください。</source><translation type="unfinished" /></message><message><source>URL のユーザー名とパスワードを確認し、許可はシステム担当に確認してください。</source><translation type="unfinished" /></message><message><source>URL のデータベース名を確認してください。新しく作る場合はシステム担当が作成します。</source><translation type="unfinished" /></message><message><source>接続を確認して、もう一度実行してください。続く場合はシステム担当に連絡してください。</source><translation type="unfinished" /></message><message><source>パスを確認してください。新しく作る場合は `madoguchi db init` を実行します。</source><translation type="unfinished" /></message><message><source>パスの打ち間違いがないか確認してください。新しく作る場合は `madoguchi db init` を実行します。</source><translation type="unfinished" /></message><message><source>バックアップから戻してください。`madoguchi db check` で詳しく調べられます。</source><translation type="unfinished" /></message><message><source>--db で指定したファイルを確認してください。</source><translation type="unfinished" /></message><message><source>バックアップから戻してください。</source><translation type="unfinished" /></message><message><source>使うのをやめ、バックアップから戻してください。`madoguchi db check` で詳しく調べられます。</source><translation type="unfinished" /></message><message><source>`madoguchi db init` を実行してください。</source><translation type="unfinished" /></message><message><source>新しい版の Madoguchi を使ってください（この版が扱えるのは {known} まで）。</source><translation type="unfinished" /></message><message><source>`madoguchi db upgrade` で更新してから実行してください（更新の前にバックアップを）。</source><translation type="unfinished" /></message><message><source>読み取りだけのコマンドは使えます。書き込む場合は書き込める場所のデータベースを指定してください。</source><translation type="unfinished" /></message><message><source>空き容量を作ってから、もう一度実行してください。</source><translation type="unfinished" /></message><message><source>しばらく待ってから、もう一度実行してください。</source><translation type="unfinished" /></message><message><source>出力先を確認してください。</source><translation type="unfinished" /></message><message><source>フォルダを作るか、既にあるフォルダを指定してください。</source><translation type="unfinished" /></message><message><source>ファイル名まで指定してください。</source><translation type="unfinished" /></message><message><source>書き込めるフォルダを指定してください。</source><translation type="unfinished" /></message><message><source>空き容量を作るか、別の場所を指定してください。書きかけのファイルは残していません。</source><translation type="unfinished" /></message><message><source>書き込める場所を指定してください。</source><translation type="unfinished" /></message><message><source>短い名前にしてください。</source><translation type="unfinished" /></message><message><source>出力先（リダイレクト先）の空き容量と権限を確認してください。</source><translation type="unfinished" /></message><message><source>UTF-8 のテキストで入力してください。</source><translation type="unfinished" /></message><message><source>1件の来庁を書いたファイルか確認してください。</source><translation type="unfinished" /></message><message><source>docs/scenario-format.md の形式か確認してください。</source><translation type="unfinished" /></message><message><source>UTF-8 で保存し直してください（Shift_JIS などは使えません）。</source><translation type="unfinished" /></message><message><source>ファイルの権限を確認してください。</source><translation type="unfinished" /></message><message><source>値を引用符で囲んでください。</source><translation type="unfinished" /></message><message><source>数値を確認してください。</source><translation type="unfinished" /></message><message><source>システム担当に記録番号と記録ファイルを伝えてください（個人情報は含まれていません）。</source><translation type="unfinished" /></message><message><source>必要なら、もう一度実行してください。</source><translation type="unfinished" /></message><message><source>処理中に問題が発生しました。</source><translation>Something went wrong.</translation></message><message><source>入力内容は保存されています。続く場合はシステム担当に連絡してください。</source><translation>Your entries are saved. If this keeps happening, call IT support.</translation></message></context><context><name>LifeEventQuestions</name><message><source>転入した日</source><translation>Date moved in</translation></message><message><source>前住所の確認方法</source><translation type="unfinished" /></message><message><source>前住所</source><translation type="unfinished" /></message><message><source>転入前の国・地域</source><translation type="unfinished" /></message><message><source>新しい住所</source><translation>New address</translation></message><message><source>方書（建物名・部屋番号）</source><translation type="unfinished" /></message><message><source>現在の健康保険</source><translation>Current health insurance</translation></message><message><source>印鑑登録</source><translation>Seal registration</translation></message><message><source>児童手当の請求者（カードの方）の職業</source><translation type="unfinished" /></message><message><source>児童手当の振込先</source><translation type="unfinished" /></message><message><source>振込先の金融機関・支店・口座番号</source><translation type="unfinished" /></message><message><source>税・年金の情報を市が確認することへの同意</source><translation type="unfinished" /></message><message><source>署名用電子証明書を発行しますか（新しいカード）</source><translation type="unfinished" /></message><message><source>利用者証明用電子証明書を発行しますか</source><translation type="unfinished" /></message><message><source>マイナンバーカードの交付を申請しますか</source><translation type="unfinished" /></message><message><source>カードの受け取り方</source><translation type="unfinished" /></message><message><source>特定在留カード等（在留カード・特別永住者証明書とマイナンバーカードの一体化）の交付を申請しますか（任意）</source><translation type="unfinished" /></message><message><source>戸籍の振り仮名の通知（または戸籍に記載された振り仮名）は、日常の読み方と違いますか</source><translation type="unfinished" /></message><message><source>氏の振り仮名（カタカナ）</source><translation type="unfinished" /></message><message><source>名の振り仮名（カタカナ）</source><translation type="unfinished" /></message><message><source>読み方が分かる資料</source><translation type="unfinished" /></message><message><source>本籍（住民記録にないとき）</source><translation type="unfinished" /></message><message><source>筆頭者の氏名（住民記録にないとき）</source><translation type="unfinished" /></message><message><source>18歳年度末を過ぎ22歳年度末までの子の世話をし、生計費（学費・生活費）の相当部分を負担していますか</source><translation type="unfinished" /></message><message><source>別に住んでいる児童の別居の理由</source><translation type="unfinished" /></message><message><source>別に住んでいる児童との関わり（監護・生計）</source><translation type="unfinished" /></message><message><source>別居を始めた日</source><translation type="unfinished" /></message><message><source>前の市区町村での要介護状態区分（受給資格証明書）</source><translation type="unfinished" /></message><message><source>認定の有効期間の満了日</source><translation type="unfinished" /></message><message><source>主治医の医療機関名</source><translation type="unfinished" /></message><message><source>主治医の氏名</source><translation type="unfinished" /></message><message><source>子の健康保険の種類</source><translation type="unfinished" /></message><message><source>子の健康保険の保険者名</source><translation type="unfinished" /></message><message><source>子の健康保険の記号・番号</source><translation type="unfinished" /></message><message><source>子が加入している保険の被保険者（加入者）の氏名</source><translation type="unfinished" /></message><message><source>子ども医療費助成: 保護者の所得・課税の状況を市が確認することに同意しますか</source><translation type="unfinished" /></message><message><source>ひとり親家庭ですか</source><translation type="unfinished" /></message><message><source>ひとり親家庭になった事由</source><translation type="unfinished" /></message><message><source>その事由が生じた日</source><translation type="unfinished" /></message><message><source>児童扶養手当の受給状況</source><translation type="unfinished" /></message><message><source>ひとり親家庭等医療費助成: 申請者と扶養義務者の所得・課税の状況を市が確認することに同意しますか</source><translation type="unfinished" /></message><message><source>マイナ保険証（健康保険証の利用登録をしたマイナンバーカード）をお持ちですか</source><translation type="unfinished" /></message><message><source>マイナ保険証をお持ちでも資格確認書の交付を希望しますか</source><translation type="unfinished" /></message><message><source>資格確認書が必要な理由</source><translation type="unfinished" /></message><message><source>資格確認書の受け取り方</source><translation type="unfinished" /></message><message><source>犬を飼っていますか（登録が必要です）</source><translation type="unfinished" /></message><message><source>犬の登録番号（鑑札の番号）</source><translation type="unfinished" /></message><message><source>犬の名前</source><translation type="unfinished" /></message><message><source>犬の種類</source><translation type="unfinished" /></message><message><source>毛色</source><translation type="unfinished" /></message><message><source>犬の性別</source><translation type="unfinished" /></message><message><source>今年度の狂犬病予防注射済票の番号</source><translation type="unfinished" /></message><message><source>前に登録していた市区町村</source><translation type="unfinished" /></message><message><source>原動機付自転車（125cc以下）・小型特殊自動車をお持ちですか</source><translation type="unfinished" /></message><message><source>標識番号（ナンバー）</source><translation type="unfinished" /></message><message><source>車台番号</source><translation type="unfinished" /></message><message><source>車名（メーカー）</source><translation type="unfinished" /></message><message><source>排気量（cc）</source><translation type="unfinished" /></message><message><source>日中の連絡先（電話番号）</source><translation>Daytime phone number</translation></message><message><source>届出人（カードの方でない場合）</source><translation type="unfinished" /></message><message><source>届出人の氏名</source><translation type="unfinished" /></message><message><source>届出人の住所</source><translation type="unfinished" /></message><message><source>転居した日</source><translation>Date moved</translation></message><message><source>特定在留カード等の交付を申請しますか（任意）</source><translation type="unfinished" /></message><message><source>転出予定日</source><translation>Planned moving-out date</translation></message><message><source>転出先</source><translation type="unfinished" /></message><message><source>転出先の住所</source><translation>Address moving to</translation></message><message><source>お持ちの国民健康保険の証</source><translation type="unfinished" /></message><message><source>印鑑登録証</source><translation type="unfinished" /></message><message><source>犬を飼っていますか（転出先で届出）</source><translation type="unfinished" /></message><message><source>出生日</source><translation>Date of birth (newborn)</translation></message><message><source>生まれた子のマイナンバーカードの交付を申請しますか（法定代理人が申請）</source><translation type="unfinished" /></message><message><source>子の署名用電子証明書を発行しますか（15歳未満は原則発行しません）</source><translation type="unfinished" /></message><message><source>子の利用者証明用電子証明書を発行しますか</source><translation type="unfinished" /></message><message><source>マイナ保険証をお持ちですか（世帯主）</source><translation type="unfinished" /></message><message><source>出産育児一時金（直接支払制度の差額など）を申請しますか</source><translation type="unfinished" /></message><message><source>直接支払制度を利用しましたか</source><translation type="unfinished" /></message><message><source>出産した医療機関</source><translation type="unfinished" /></message><message><source>妊娠週数</source><translation type="unfinished" /></message><message><source>亡くなった方</source><translation>Deceased</translation></message><message><source>死亡日</source><translation>Date of death</translation></message><message><source>死亡届</source><translation type="unfinished" /></message><message><source>喪主（カードの方）から見た亡くなった方の続柄</source><translation type="unfinished" /></message><message><source>亡くなった方のマイナンバーカード</source><translation type="unfinished" /></message><message><source>葬祭執行日（葬儀を行った日）</source><translation>Funeral date</translation></message><message><source>葬祭費の振込先（金融機関・支店）</source><translation type="unfinished" /></message><message><source>口座の種別</source><translation type="unfinished" /></message><message><source>口座番号</source><translation>Account number</translation></message><message><source>口座名義（カナ）</source><translation>Account holder (kana)</translation></message><message><source>亡くなった方がお持ちだった国民健康保険の証</source><translation type="unfinished" /></message><message><source>亡くなった方の印鑑登録証</source><translation type="unfinished" /></message><message><source>高額療養費の支給申請のお知らせが届いていますか（相続人が申請）</source><translation type="unfinished" /></message><message><source>診療年月</source><translation type="unfinished" /></message><message><source>医療機関名</source><translation type="unfinished" /></message><message><source>亡くなった方は市内に土地・家屋をお持ちでしたか</source><translation type="unfinished" /></message><message><source>亡くなった方の死亡時の住所（世帯と違うとき）</source><translation type="unfinished" /></message><message><source>相続用に戸籍証明書を請求しますか（種類）</source><translation type="unfinished" /></message><message><source>戸籍証明書の通数</source><translation type="unfinished" /></message><message><source>戸籍の方との関係</source><translation type="unfinished" /></message><message><source>戸籍証明書の使いみち</source><translation type="unfinished" /></message><message><source>必要な方の氏名</source><translation type="unfinished" /></message><message><source>本籍地が他の市区町村の戸籍ですか（広域交付）</source><translation type="unfinished" /></message><message><source>本籍</source><translation type="unfinished" /></message><message><source>筆頭者の氏名</source><translation type="unfinished" /></message><message><source>婚姻の日</source><translation>Date of marriage</translation></message><message><source>氏の変更</source><translation type="unfinished" /></message><message><source>世帯の合併</source><translation type="unfinished" /></message><message><source>新しい住所（転居する場合）</source><translation>New address (if moving)</translation></message><message><source>変更の日</source><translation>Date of change</translation></message><message><source>変更の内容</source><translation type="unfinished" /></message><message><source>新しい世帯主の氏名</source><translation>Name of the new head of household</translation></message><message><source>請求する証明書</source><translation>Certificate requested</translation></message><message><source>誰の分</source><translation type="unfinished" /></message><message><source>必要な通数</source><translation>Number of copies</translation></message><message><source>使いみち</source><translation>Purpose</translation></message><message><source>戸籍証明書の種類</source><translation type="unfinished" /></message><message><source>通数</source><translation type="unfinished" /></message><message><source>本籍地が他の市区町村ですか（広域交付）</source><translation type="unfinished" /></message><message><source>所得・課税証明書の種類</source><translation type="unfinished" /></message><message><source>年度（例: 令和8年度）</source><translation type="unfinished" /></message><message><source>その年の1月1日の住所（違うとき）</source><translation type="unfinished" /></message><message><source>マイナンバーカード</source><translation type="unfinished" /></message><message><source>署名用電子証明書</source><translation type="unfinished" /></message><message><source>氏名</source><translation>Name</translation></message><message><source>フリガナ</source><translation>Kana</translation></message><message><source>生年月日</source><translation>Birth date</translation></message><message><source>性別</source><translation>Sex</translation></message><message><source>続柄（世帯主から見て）</source><translation type="unfinished" /></message><message><source>個人番号</source><translation>My Number</translation></message><message><source>外国人住民</source><translation type="unfinished" /></message><message><source>国籍・地域</source><translation type="unfinished" /></message><message><source>在留資格</source><translation type="unfinished" /></message><message><source>在留期間</source><translation type="unfinished" /></message><message><source>在留期間の満了日</source><translation type="unfinished" /></message><message><source>在留カード番号</source><translation type="unfinished" /></message><message><source>通称</source><translation type="unfinished" /></message><message><source>カードの住所（転入前の住所）から</source><translation type="unfinished" /></message><message><source>住民記録に死亡の記載がある方を選んでいます</source><translation type="unfinished" /></message><message><source>空欄なら住民記録の続柄から（例：夫が亡くなった妻 → 夫）</source><translation type="unfinished" /></message><message><source>例 3年</source><translation type="unfinished" /></message><message><source>転入届の特例（マイナンバーカード）</source><translation type="unfinished" /></message><message><source>転出証明書</source><translation type="unfinished" /></message><message><source>国外から</source><translation type="unfinished" /></message><message><source>国民健康保険に入る</source><translation type="unfinished" /></message><message><source>勤務先の健康保険</source><translation>Employer's health insurance</translation></message><message><source>加入していない</source><translation>Not insured</translation></message><message><source>希望する</source><translation type="unfinished" /></message><message><source>希望しない</source><translation type="unfinished" /></message><message><source>会社員</source><translation type="unfinished" /></message><message><source>パート</source><translation type="unfinished" /></message><message><source>公務員</source><translation type="unfinished" /></message><message><source>自営</source><translation type="unfinished" /></message><message><source>無職</source><translation type="unfinished" /></message><message><source>その他</source><translation type="unfinished" /></message><message><source>公金受取口座を使う</source><translation type="unfinished" /></message><message><source>別の口座（申請書に記入）</source><translation type="unfinished" /></message><message><source>同意する</source><translation type="unfinished" /></message><message><source>同意しない（証明書を提出）</source><translation type="unfinished" /></message><message><source>発行する</source><translation type="unfinished" /></message><message><source>発行しない</source><translation type="unfinished" /></message><message><source>はい</source><translation type="unfinished" /></message><message><source>いいえ</source><translation type="unfinished" /></message><message><source>窓口</source><translation type="unfinished" /></message><message><source>郵送</source><translation type="unfinished" /></message><message><source>パスポート</source><translation type="unfinished" /></message><message><source>預金通帳</source><translation type="unfinished" /></message><message><source>卒業証書</source><translation type="unfinished" /></message><message><source>なし（一般の読み方）</source><translation type="unfinished" /></message><message><source>就学のため</source><translation type="unfinished" /></message><message><source>就職のため</source><translation type="unfinished" /></message><message><source>施設入所のため</source><translation type="unfinished" /></message><message><source>請求者の単身赴任</source><translation type="unfinished" /></message><message><source>月に1回以上会っている</source><translation type="unfinished" /></message><message><source>生活費・学資金を送っている</source><translation type="unfinished" /></message><message><source>休みには同居している</source><translation type="unfinished" /></message><message><source>要支援1</source><translation type="unfinished" /></message><message><source>要支援2</source><translation type="unfinished" /></message><message><source>要介護1</source><translation type="unfinished" /></message><message><source>要介護2</source><translation type="unfinished" /></message><message><source>要介護3</source><translation type="unfinished" /></message><message><source>要介護4</source><translation type="unfinished" /></message><message><source>要介護5</source><translation type="unfinished" /></message><message><source>国民健康保険</source><translation>National Health Insurance</translation></message><message><source>健康保険（会社など）</source><translation type="unfinished" /></message><message><source>共済組合</source><translation type="unfinished" /></message><message><source>離婚</source><translation type="unfinished" /></message><message><source>死別</source><translation type="unfinished" /></message><message><source>未婚</source><translation type="unfinished" /></message><message><source>配偶者の障害</source><translation type="unfinished" /></message><message><source>遺棄・拘禁など</source><translation type="unfinished" /></message><message><source>受給中</source><translation type="unfinished" /></message><message><source>申請中</source><translation type="unfinished" /></message><message><source>受けていない</source><translation type="unfinished" /></message><message><source>登録済み</source><translation type="unfinished" /></message><message><source>未登録</source><translation type="unfinished" /></message><message><source>マイナ保険証での受診が難しい（高齢・障害など）</source><translation type="unfinished" /></message><message><source>マイナ保険証の利用登録を解除する</source><translation type="unfinished" /></message><message><source>紛失・破損（再交付）</source><translation type="unfinished" /></message><message><source>窓口で受け取る</source><translation type="unfinished" /></message><message><source>住所へ郵送</source><translation type="unfinished" /></message><message><source>オス</source><translation type="unfinished" /></message><message><source>メス</source><translation type="unfinished" /></message><message><source>代理人（委任状あり）</source><translation type="unfinished" /></message><message><source>法定代理人</source><translation type="unfinished" /></message><message><source>同じ世帯の方</source><translation type="unfinished" /></message><message><source>国内の市区町村</source><translation type="unfinished" /></message><message><source>国外</source><translation type="unfinished" /></message><message><source>被保険者証</source><translation type="unfinished" /></message><message><source>資格確認書</source><translation type="unfinished" /></message><message><source>資格情報のお知らせのみ</source><translation type="unfinished" /></message><message><source>返還する</source><translation type="unfinished" /></message><message><source>紛失</source><translation type="unfinished" /></message><message><source>利用した</source><translation type="unfinished" /></message><message><source>利用しない</source><translation type="unfinished" /></message><message><source>提出済み（葬儀社などが提出）</source><translation type="unfinished" /></message><message><source>まだ出していない</source><translation type="unfinished" /></message><message><source>持っていた</source><translation type="unfinished" /></message><message><source>持っていなかった</source><translation type="unfinished" /></message><message><source>普通</source><translation type="unfinished" /></message><message><source>当座</source><translation type="unfinished" /></message><message><source>戸籍謄本（全部事項証明）</source><translation type="unfinished" /></message><message><source>戸籍抄本（個人事項証明）</source><translation type="unfinished" /></message><message><source>除籍謄本</source><translation type="unfinished" /></message><message><source>改製原戸籍謄本</source><translation type="unfinished" /></message><message><source>戸籍の附票</source><translation type="unfinished" /></message><message><source>身分証明書</source><translation type="unfinished" /></message><message><source>本人</source><translation type="unfinished" /></message><message><source>配偶者</source><translation type="unfinished" /></message><message><source>子・孫</source><translation type="unfinished" /></message><message><source>父母・祖父母</source><translation type="unfinished" /></message><message><source>相続</source><translation type="unfinished" /></message><message><source>年金</source><translation type="unfinished" /></message><message><source>婚姻</source><translation>Marriage</translation></message><message><source>就職</source><translation type="unfinished" /></message><message><source>氏が変わる</source><translation type="unfinished" /></message><message><source>氏は変わらない</source><translation type="unfinished" /></message><message><source>相手の世帯と合併する</source><translation type="unfinished" /></message><message><source>合併しない</source><translation type="unfinished" /></message><message><source>世帯主変更</source><translation type="unfinished" /></message><message><source>世帯分離</source><translation type="unfinished" /></message><message><source>世帯合併</source><translation type="unfinished" /></message><message><source>構成変更</source><translation type="unfinished" /></message><message><source>住民票の写し</source><translation>Copy of the residence record</translation></message><message><source>印鑑登録証明書</source><translation>Seal registration certificate</translation></message><message><source>除票の写し</source><translation>Copy of the removed residence record</translation></message><message><source>住民票記載事項証明書</source><translation>Certificate of residence record entries</translation></message><message><source>本人のみ</source><translation type="unfinished" /></message><message><source>世帯全員</source><translation type="unfinished" /></message><message><source>世帯の一部</source><translation type="unfinished" /></message><message><source>運転免許</source><translation type="unfinished" /></message><message><source>就職・勤務先へ提出</source><translation type="unfinished" /></message><message><source>金融機関</source><translation type="unfinished" /></message><message><source>登記</source><translation type="unfinished" /></message><message><source>保険</source><translation type="unfinished" /></message><message><source>所得証明書</source><translation type="unfinished" /></message><message><source>課税証明書</source><translation type="unfinished" /></message><message><source>所得・課税証明書</source><translation type="unfinished" /></message><message><source>非課税証明書</source><translation type="unfinished" /></message><message><source>児童手当</source><translation type="unfinished" /></message><message><source>保育園・幼稚園</source><translation type="unfinished" /></message><message><source>奨学金</source><translation type="unfinished" /></message><message><source>公営住宅</source><translation type="unfinished" /></message><message><source>融資</source><translation type="unfinished" /></message><message><source>持っている</source><translation type="unfinished" /></message><message><source>持っていない</source><translation type="unfinished" /></message><message><source>男</source><translation>Male</translation></message><message><source>女</source><translation>Female</translation></message><message><source>世帯主</source><translation type="unfinished" /></message><message><source>妻</source><translation type="unfinished" /></message><message><source>夫</source><translation type="unfinished" /></message><message><source>子</source><translation type="unfinished" /></message><message><source>父</source><translation type="unfinished" /></message><message><source>母</source><translation type="unfinished" /></message><message><source>妻の父</source><translation type="unfinished" /></message><message><source>妻の母</source><translation type="unfinished" /></message><message><source>夫の父</source><translation type="unfinished" /></message><message><source>夫の母</source><translation type="unfinished" /></message><message><source>子の妻</source><translation type="unfinished" /></message><message><source>子の子</source><translation type="unfinished" /></message><message><source>兄</source><translation type="unfinished" /></message><message><source>姉</source><translation type="unfinished" /></message><message><source>弟</source><translation type="unfinished" /></message><message><source>妹</source><translation type="unfinished" /></message><message><source>同居人</source><translation type="unfinished" /></message><message><source>日本国籍</source><translation type="unfinished" /></message><message><source>永住者</source><translation type="unfinished" /></message><message><source>特別永住者</source><translation type="unfinished" /></message><message><source>定住者</source><translation type="unfinished" /></message><message><source>日本人の配偶者等</source><translation type="unfinished" /></message><message><source>永住者の配偶者等</source><translation type="unfinished" /></message><message><source>技術・人文知識・国際業務</source><translation type="unfinished" /></message><message><source>技能</source><translation type="unfinished" /></message><message><source>技能実習</source><translation type="unfinished" /></message><message><source>特定技能</source><translation type="unfinished" /></message><message><source>留学</source><translation type="unfinished" /></message><message><source>家族滞在</source><translation type="unfinished" /></message><message><source>経営・管理</source><translation type="unfinished" /></message><message><source>教授</source><translation type="unfinished" /></message><message><source>特定活動</source><translation type="unfinished" /></message><message><source>妻の子</source><translation type="unfinished" /></message><message><source>夫の子</source><translation type="unfinished" /></message><message><source>カードの方が届出</source><translation type="unfinished" /></message><message><source>（選んでください）</source><translation type="unfinished" /></message><message><source>（なし）</source><translation type="unfinished" /></message><message><source>転入</source><translation>Moving in</translation></message><message><source>転居</source><translation>Moving within the town</translation></message><message><source>転出</source><translation>Moving out</translation></message><message><source>出生</source><translation>Birth</translation></message><message><source>死亡</source><translation>Death</translation></message><message><source>世帯変更</source><translation>Household change</translation></message><message><source>証明書の請求</source><translation>Certificate request</translation></message><message><source>回答が必要です。</source><translation type="unfinished" /></message><message><source>書式が正しくありません（{expected}）。</source><translation type="unfinished" /></message><message><source>日付が受付できる範囲にありません（{expected}）。</source><translation type="unfinished" /></message><message><source>個人番号の検査用数字が合いません。番号を確かめてください。</source><translation type="unfinished" /></message><message><source>一覧から選んでください。</source><translation type="unfinished" /></message><message><source>YYYY-MM-DD の日付（例 2026-11-01）</source><translation type="unfinished" /></message><message><source>受付日の2年前から60日後まで</source><translation type="unfinished" /></message><message><source>明治以降、受付日から60日後まで</source><translation type="unfinished" /></message><message><source>今日以降の日付</source><translation type="unfinished" /></message><message><source>カタカナ（氏と名の間は空白）</source><translation type="unfinished" /></message><message><source>0から始まる電話番号（例 0155-12-3456）</source><translation type="unfinished" /></message><message><source>数字</source><translation type="unfinished" /></message><message><source>1〜99の整数</source><translation type="unfinished" /></message><message><source>12桁の数字</source><translation type="unfinished" /></message><message><source>英字2桁＋数字8桁＋英字2桁（例 AB12345678CD）</source><translation type="unfinished" /></message><message><source>世帯主から見た続柄（妻、子、妻の父 など）</source><translation type="unfinished" /></message></context></TS>