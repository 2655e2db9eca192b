"""The words for every DomainError: severity, a Japanese message, the next action, the CLI
exit code. One table, read by the window's presenter (widgets.error_presenter, which
translates each text through Qt's "ErrorCatalog" context) and by the CLI's formatter
(cli.error_report). Errors carry codes and technical data (domain.errors); the text is here.

Keys are an error's `code`, or `code.detail` where one code covers several cases; the
most specific key wins. Placeholders `{name}` are filled from the error's `data` (which
never holds personal data). Exit codes are documented in docs/exit-codes.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Mapping

from domain.errors import DomainError


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


# Exit codes (docs/exit-codes.md). The card codes 2–6 are the `card` command's, kept as
# they were documented; other commands use 1, 2 and 7–9.
EXIT_FAULT, EXIT_INPUT = 1, 2
EXIT_NO_CARD, EXIT_PIN, EXIT_LOCKED, EXIT_NOT_MY_NUMBER, EXIT_CARD_DATA = 2, 3, 4, 5, 6
EXIT_DATABASE, EXIT_REFUSED, EXIT_OUTPUT = 7, 8, 9
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report a SIGINT


@dataclass(frozen=True)
class ErrorText:
    severity: Severity
    message: str
    next_action: str
    exit_code: int = EXIT_FAULT


I, W, C = Severity.INFO, Severity.WARNING, Severity.CRITICAL
_ASK_IT = "続く場合はシステム担当に連絡してください。"

CATALOG: dict[str, ErrorText] = {
    # --- card reader (cardreader.errors) ---
    "card_error": ErrorText(W, "カードの読み取り中にエラーが発生しました。", "カードを置き直して、もう一度読み取ってください。"),
    "reader_unavailable": ErrorText(C, "カードリーダーが見つかりません。接続を確認してください。",
                                    "リーダーの接続を確認するか、カードなしで受付を続けてください。", EXIT_NO_CARD),
    "reader_unavailable.named": ErrorText(C, "カードリーダー「{reader}」が見つかりません。",
                                          "`card readers` でリーダーの名前を確認してください。", EXIT_NO_CARD),
    "reader_unavailable.in_use": ErrorText(W, "他のアプリがカードを使用中です。",
                                           "そのアプリを閉じてから読み取ってください。", EXIT_NO_CARD),
    "service_unavailable": ErrorText(C, "カードリーダーのサービスが動いていません。",
                                     "システム担当に連絡し、カードなしで受付を続けてください。", EXIT_NO_CARD),
    "no_card": ErrorText(I, "カードが置かれていません。", "カードをリーダーに置いてください。", EXIT_NO_CARD),
    "card_removed": ErrorText(W, "カードが離れました。", "カードを置き直して、最初から読み取ってください。", EXIT_NO_CARD),
    "not_my_number_card": ErrorText(W, "マイナンバーカードではないか、正しく置かれていません。",
                                    "マイナンバーカードを正しく置き直してください。", EXIT_NOT_MY_NUMBER),
    "wrong_pin": ErrorText(W, "暗証番号が違います。残り {tries_left} 回で窓口でのロック解除が必要になります。",
                           "ご本人にもう一度暗証番号を入力していただいてください。", EXIT_PIN),
    "pin_locked": ErrorText(C, "暗証番号がロックされています。",
                            "暗証番号の初期化・再設定の窓口をご案内し、カードなしで受付を続けてください。", EXIT_LOCKED),
    "pin_last_try": ErrorText(W, "暗証番号の残り回数が {tries_left} 回です。間違えるとロックされます。",
                              "ご本人に確認のうえ、最後の1回であることを確認してから読み取ってください。", EXIT_LOCKED),
    "pin_format": ErrorText(I, "暗証番号は数字4桁です（カードには送信していません）。", "数字4桁で入力してください。", EXIT_PIN),
    "card_data_invalid": ErrorText(W, "カードの内容を正しく読み取れませんでした。",
                                   "券面を確認し、住民記録を検索してください。", EXIT_CARD_DATA),
    "apdu_error": ErrorText(W, "カードとの通信でエラーが発生しました。", "もう一度読み取ってください。" + _ASK_IT),
    "apdu_error.not_verified": ErrorText(W, "カードの認証が完了していません。", "もう一度読み取ってください。"),
    "persona_not_found": ErrorText(W, "模擬カードのペルソナ「{persona}」はありません。",
                                   "resources/personas/ にあるペルソナ ID を指定してください。", EXIT_INPUT),
    "pcscd_unavailable": ErrorText(C, "PC/SC の試験用サービスを起動できません（{why}）。", _ASK_IT),
    # --- forms (forms/) ---
    "relationship_invalid": ErrorText(W, "続柄を住民票の書き方にできません。", "世帯主から見た続柄（妻、子、妻の父 など）で入力してください。", EXIT_INPUT),
    "relationship_invalid.empty": ErrorText(W, "続柄が空欄です。", "世帯主から見た続柄を入力してください。", EXIT_INPUT),
    "relationship_invalid.point_of_view": ErrorText(W, "「{term}」は住民票の続柄ではありません。",
                                                    "妻・夫や「妻の父」のように世帯主から見た続柄で入力してください。", EXIT_INPUT),
    "relationship_invalid.unknown": ErrorText(W, "「{term}」は住民票で使わない続柄です。",
                                              "世帯主から見た続柄（妻、子、妻の父 など）で入力してください。", EXIT_INPUT),
    "wareki_invalid": ErrorText(W, "和暦で表せない日付です。", "日付を確認してください。", EXIT_INPUT),
    "wareki_invalid.before_meiji": ErrorText(W, "明治より前の日付は和暦で印刷できません。", "日付を確認してください。", EXIT_INPUT),
    "wareki_invalid.unknown_era": ErrorText(W, "元号が正しくありません。", "明治・大正・昭和・平成・令和のどれかで入力してください。", EXIT_INPUT),
    "wareki_invalid.outside_era": ErrorText(W, "{era}にその日付はありません。", "元号と年を確認してください。", EXIT_INPUT),
    "font_missing": ErrorText(C, "印刷用のフォント（{font}）がインストールされていません。",
                              "システム担当に scripts/setup.sh の実行を依頼してください。"),
    "spec_invalid": ErrorText(C, "申請書の定義ファイルに誤りがあります（{why}）。", "定義ファイルを直すよう、システム担当に連絡してください。"),
    "rules_invalid": ErrorText(C, "手続きの判定ルールに誤りがあります（{why}）。", "ルールファイルを直すよう、システム担当に連絡してください。"),
    "scenario_invalid": ErrorText(W, "シナリオファイルの {key} が正しくありません。", "docs/scenario-format.md を確認してください。", EXIT_INPUT),
    "scenario_invalid.not_object": ErrorText(W, "シナリオの {key} はオブジェクト（{{...}}）で指定してください。", "docs/scenario-format.md を確認してください。", EXIT_INPUT),
    "scenario_invalid.unknown_key": ErrorText(W, "シナリオの {key} は未知のキーです。", "キーの綴りを docs/scenario-format.md で確認してください。", EXIT_INPUT),
    "scenario_invalid.bad_date": ErrorText(W, "シナリオの {key} は YYYY-MM-DD 形式の実在する日付で指定してください。", "日付を確認してください。", EXIT_INPUT),
    "scenario_invalid.required": ErrorText(W, "シナリオの {key} は必須です。", "値を入れてください。", EXIT_INPUT),
    "scenario_invalid.relationship": ErrorText(W, "シナリオの {key} は住民票の続柄ではありません。", "世帯主から見た続柄（妻、子 など）で指定してください。", EXIT_INPUT),
    "scenario_invalid.one_of": ErrorText(W, "シナリオの {key} は {expected} のどれかです。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.digits12": ErrorText(W, "シナリオの {key} は12桁の数字（文字列）で指定してください。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.not_bool": ErrorText(W, "シナリオの {key} は true / false で指定してください。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.not_list": ErrorText(W, "シナリオの {key} は一覧（[...]）で指定してください。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.positive_int": ErrorText(W, "シナリオの {key} は1以上の整数です。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.sex_code": ErrorText(W, "シナリオの {key} は 1=男 2=女 (0/9=不明) です。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.resident_id": ErrorText(W, "シナリオの {key} は宛名番号を文字列で指定してください。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.card_or_resident": ErrorText(W, "シナリオには card.name か resident_id のどちらかが必要です。", "どちらかを入れてください。", EXIT_INPUT),
    "scenario_invalid.required_for_event": ErrorText(W, "このご用件のシナリオには {key} が必須です。", "値を入れてください。", EXIT_INPUT),
    "scenario_invalid.unreadable": ErrorText(W, "シナリオファイルを読めません（{reason}）。", "ファイルの場所と権限を確認してください。", EXIT_INPUT),
    "scenario_invalid.bad_json": ErrorText(W, "シナリオファイルの JSON の形式が正しくありません（{line}行 {column}列）。", "JSON の書式を確認してください。", EXIT_INPUT),
    "scenario_invalid.resident_not_found": ErrorText(W, "シナリオの宛名番号の住民はデータベースにいません。", "宛名番号と --db を確認してください。", EXIT_INPUT),
    # --- records, privacy ---
    "resident_duplicate": ErrorText(W, "同じ番号の住民記録がすでにあります。", "取り込むデータを確認してください。", EXIT_INPUT),
    "resident_duplicate.atena_no": ErrorText(W, "同じ宛名番号の住民記録がすでにあります。", "取り込むデータを確認してください。", EXIT_INPUT),
    "resident_duplicate.household_no": ErrorText(W, "同じ世帯番号の世帯がすでにあります。", "取り込むデータを確認してください。", EXIT_INPUT),
    "resident_not_found": ErrorText(W, "その宛名番号の住民はいません。", "宛名番号を確認してください。", EXIT_INPUT),
    "my_number_missing": ErrorText(I, "この住民の個人番号は登録されていません。", "カードまたは住民記録を確認してください。"),
    "my_number_invalid": ErrorText(W, "個人番号が正しくありません。", "12桁の数字を確認してください。", EXIT_INPUT),
    "my_number_invalid.not_12_digits": ErrorText(W, "個人番号は12桁の数字です。", "桁数を確認してください。", EXIT_INPUT),
    "my_number_invalid.check_digit": ErrorText(W, "個人番号のチェックデジットが一致しません。", "番号を確認してください。", EXIT_INPUT),
    "key_file": ErrorText(C, "個人番号の暗号鍵ファイルを使えません（{path}）。", "システム担当に連絡してください。", EXIT_DATABASE),
    "key_file.too_open": ErrorText(C, "個人番号の暗号鍵ファイルの権限が広すぎます（{mode}）: {path}",
                                   "chmod 600 で所有者だけが読めるようにしてください。", EXIT_DATABASE),
    "key_file.malformed": ErrorText(C, "個人番号の暗号鍵ファイルの形式が正しくありません: {path}", "バックアップから鍵ファイルを戻してください。", EXIT_DATABASE),
    "key_file.wrong_length": ErrorText(C, "個人番号の暗号鍵ファイルの長さが正しくありません: {path}", "バックアップから鍵ファイルを戻してください。", EXIT_DATABASE),
    # --- visit ---
    "page_render_failed": ErrorText(W, "申請書のページを画像にできません。", "もう一度お試しください。続く場合は「PDFとして保存」で保存し、システム担当に連絡してください。"),
    "page_render_failed.unreadable": ErrorText(W, "申請書のPDFを読み取れません（{reason}）。", "もう一度お試しください。続く場合はシステム担当に連絡してください。"),
    "page_render_failed.no_such_page": ErrorText(W, "申請書に {page} ページ目はありません（全 {pages} ページ）。", "印刷するページの範囲を確認してください。"),
    "page_render_failed.too_large": ErrorText(W, "ページが大きすぎて画像にできません。", "プリンターの解像度の設定を確認してください。"),
    "print_failed": ErrorText(W, "印刷を始められませんでした。", "プリンターの電源・用紙・接続を確認して、もう一度印刷してください。", EXIT_OUTPUT),
    "print_failed.printer_not_ready": ErrorText(W, "プリンター（または保存先のファイル）が印刷を受け付けませんでした。", "プリンターの状態か、ファイルに出力する場合は保存先を確認して、もう一度印刷してください。", EXIT_OUTPUT),
    "print_failed.queue_refused": ErrorText(W, "プリンターの印刷待ち（キュー）が印刷を受け付けませんでした。", "別のプリンターを選ぶか、プリンターが停止・受付拒否になっていないかシステム担当に確認してください。書類は何も印刷されていません。", EXIT_OUTPUT),
    "print_failed.no_print_system": ErrorText(W, "印刷の仕組み（CUPS）に接続できません。", "「PDFとして保存」で保存しておき、システム担当に連絡してください。", EXIT_OUTPUT),
    "packet_save_failed": ErrorText(W, "PDFを保存できませんでした（{reason}）。", "保存先のフォルダと空き容量を確認して、もう一度保存してください。", EXIT_OUTPUT),
    "visit_not_found": ErrorText(W, "その受付は見つかりません。", "受付の一覧を更新してください。"),
    "workflow_refused": ErrorText(W, "今の段階ではその操作はできません。", "画面の案内に沿って進めてください。" + _ASK_IT),
    "workflow_refused.guard": ErrorText(W, "まだ次へ進めません。", "確認が必要な項目を見直してください。"),
    "visit_rule": ErrorText(W, "この操作はできません。", "入力内容を確認してください。"),
    "visit_rule.not_a_candidate": ErrorText(W, "その住民は候補にありません。", "候補の一覧から選んでください。"),
    "visit_rule.not_living": ErrorText(W, "この記録は死亡・転出・消除の記録で、窓口に来られた方として選べません。",
                                       "ご本人の記録を選ぶか、新しい住民として受け付けてください。"),
    "visit_rule.member_name_required": ErrorText(W, "世帯員の氏名が入っていません。", "氏名を入力してください。"),
    "visit_rule.event_required": ErrorText(W, "ご用件が選ばれていません。", "ご用件を選んでください。"),
    "visit_rule.reason_required": ErrorText(W, "手続きを変えるには理由が必要です。", "理由を入力してください。"),
    "visit_rule.unknown_procedure": ErrorText(W, "その手続きは一覧にありません。", "一覧から選んでください。"),
    "visit_rule.procedure_required": ErrorText(W, "手続きが1件も選ばれていません。", "少なくとも1件選んでください。"),
    "visit_rule.not_editable": ErrorText(W, "この段階では申請書を修正できません。", "差し戻された後に修正してください。"),
    "visit_rule.comment_required": ErrorText(W, "差し戻しにはコメントが必要です。", "直すべき点をコメントに書いてください。"),
    "answers_incomplete": ErrorText(W, "回答が足りない項目、または書式の違う項目が {count} 件あります。",
                                    "赤い表示の項目を確認してください。"),
    # --- staff, roles, approval, audit, settings ---
    "permission_denied": ErrorText(W, "この操作を行う権限がありません。", "権限のある職員に依頼してください。", EXIT_REFUSED),
    "staff_refused": ErrorText(W, "職員アカウントの処理に失敗しました。", "入力内容を確認してください。"),
    "staff_refused.invalid_name": ErrorText(W, "職員名に使えない文字が含まれています（見えない文字・向きを変える制御文字・空白・英数字とかな漢字以外の文字は使えません）。",
                                            "半角英数字（. _ - も可）か、かな・漢字の職員名にしてください。", EXIT_INPUT),
    "staff_refused.administrator_exists": ErrorText(I, "管理者はすでに登録されています（初回設定は済んでいます）。",
                                                    "管理者として `users add --as 管理者名` で職員を追加してください。", EXIT_REFUSED),
    "staff_refused.same_password": ErrorText(W, "新しいパスワードが今のパスワードと同じです。", "別のパスワードを入力してください。"),
    "invalid_credentials": ErrorText(W, "職員名またはパスワードが違います。", "職員名とパスワードを確認してください。", EXIT_REFUSED),
    "account_locked": ErrorText(C, "失敗が続いたためアカウントがロックされました。", "管理者にパスワードの再設定を依頼してください。", EXIT_REFUSED),
    "account_disabled": ErrorText(C, "このアカウントは無効です。", "管理者に連絡してください。", EXIT_REFUSED),
    "password_policy": ErrorText(W, "パスワードは8文字以上で、職員名と異なるものにしてください。", "別のパスワードを入力してください。"),
    "staff_duplicate": ErrorText(W, "同じ職員名がすでに登録されています。", "別の職員名にしてください。"),
    "staff_unknown": ErrorText(W, "その職員は登録されていません。", "職員名を確認してください。"),
    "password_input": ErrorText(W, "パスワードを読み取れませんでした。", "もう一度入力してください。", EXIT_INPUT),
    "password_input.no_stdin_line": ErrorText(W, "標準入力の1行目にパスワードがありません。", "パスワードを1行目に入れてください。", EXIT_INPUT),
    "password_input.mismatch": ErrorText(W, "2回の入力が一致しません。", "もう一度入力してください。", EXIT_INPUT),
    "approval_not_found": ErrorText(W, "この来庁記録は決裁に回されていません。", "一覧を更新してください。"),
    "approval_refused": ErrorText(W, "決裁できません。", "別の決裁者に依頼するか、入力内容を確認してください。", EXIT_REFUSED),
    "approval_refused.not_allowed_from_state": ErrorText(W, "この状態ではその操作はできません。", "一覧を更新してください。", EXIT_REFUSED),
    "approval_refused.role": ErrorText(W, "この操作を行う権限がありません。", "権限のある職員に依頼してください。", EXIT_REFUSED),
    "approval_refused.own_submission": ErrorText(W, "自分が提出した申請は決裁できません。", "別の決裁者に依頼してください。", EXIT_REFUSED),
    "approval_refused.comment_required": ErrorText(W, "コメントを入力してください。", "コメント欄に理由を入力してから、もう一度押してください。", EXIT_REFUSED),
    "audit_detail_refused": ErrorText(C, "監査ログに書けない内容が渡されました（{what}）。", _ASK_IT),
    "audit_detail_refused.digit_run": ErrorText(C, "12桁の数字の並び（個人番号の可能性）は監査ログに書けません（{what}）。", _ASK_IT),
    "audit_detail_refused.not_a_code": ErrorText(C, "監査ログには短い ID やコードだけを書きます（{what}）。", _ASK_IT),
    "audit_detail_refused.not_an_id": ErrorText(C, "監査ログの詳細に ID でない値が渡されました（{what}）。", _ASK_IT),
    "setting_invalid": ErrorText(W, "設定 {key} の値が正しくありません。", "`settings list` で設定と値の範囲を確認してください。", EXIT_INPUT),
    "setting_invalid.not_boolean": ErrorText(W, "設定 {key} は on / off で指定してください。", "値を確認してください。", EXIT_INPUT),
    "setting_invalid.not_integer": ErrorText(W, "設定 {key} は整数で指定してください。", "値を確認してください。", EXIT_INPUT),
    "setting_invalid.wrong_type": ErrorText(W, "設定 {key} の値の種類が違います。", "値を確認してください。", EXIT_INPUT),
    "setting_invalid.out_of_range": ErrorText(W, "設定 {key} の値が範囲外です。", "`settings list` で範囲を確認してください。", EXIT_INPUT),
    "setting_invalid.unknown": ErrorText(W, "設定 {key} はありません。", "`settings list` で設定名を確認してください。", EXIT_INPUT),
    "setting_invalid.office_only": ErrorText(W, "設定 {key} は庁舎全体の設定です（データベースに保存）。", "--db を付けて設定してください。", EXIT_INPUT),
    "setting_invalid.not_office": ErrorText(W, "設定 {key} は庁舎全体の設定ではありません。", "端末の設定として指定してください。", EXIT_INPUT),
    # --- training ---
    "trainer_no_card": ErrorText(I, "先にカードを置いてください。", "ペルソナを選んで「カードを置く」を押してください。"),
    "trainer_unknown_fault": ErrorText(W, "その障害は用意されていません。", "一覧から障害を選んでください。"),
    "trainer_scenario_invalid": ErrorText(W, "研修シナリオ {source} の {key} が正しくありません（{problem}）。", "シナリオファイルを直してください。", EXIT_INPUT),
    "demo_database_refused": ErrorText(C, "練習用データベースとして使えないファイルです。", _ASK_IT),
    "demo_database_refused.not_sqlite": ErrorText(C, "練習用データベースはこの端末の SQLite ファイルだけです。", "--demo では --db を付けないでください。"),
    "demo_database_refused.not_demo_file": ErrorText(C, "練習用でないデータベースを初期化しようとしました。", "--demo では --db を付けないでください。"),
    # --- forms catalogue, validity, overrides, 外字 (issue 13) ---
    "validity_invalid": ErrorText(W, "有効期間（valid_from / valid_to）が正しくありません（{where}）。", "YYYY-MM-DD の日付で書いてください。", EXIT_INPUT),
    "validity_invalid.bad_date": ErrorText(W, "日付が正しくありません（{where}）。", "YYYY-MM-DD の実在する日付で指定してください。", EXIT_INPUT),
    "validity_invalid.missing": ErrorText(W, "有効期間がありません（{where}）。", "valid_from と valid_to を書いてください（期限なしは null）。", EXIT_INPUT),
    "validity_invalid.reversed": ErrorText(W, "有効期間の開始が終了より後です（{where}）。", "valid_from と valid_to を確認してください。", EXIT_INPUT),
    "forms_override_invalid": ErrorText(C, "市独自の上書きフォルダを使えません（{path}）。", "`rules lint --overrides フォルダ` で点検し、システム担当に連絡してください。", EXIT_INPUT),
    "forms_override_invalid.missing_dir": ErrorText(C, "市独自の上書きフォルダが見つかりません。", "設定 forms_override_dir のフォルダを確認してください（空にすると標準のみで動きます）。", EXIT_INPUT),
    "forms_override_invalid.unreadable": ErrorText(C, "上書きフォルダのファイル {path} を読めません。", "ファイルの場所と権限を確認してください。", EXIT_INPUT),
    "forms_override_invalid.bad_json": ErrorText(C, "上書きフォルダのファイル {path} の JSON の形式が正しくありません（{why}）。", "JSON の書式を直し、`rules lint` で点検してください。", EXIT_INPUT),
    "forms_override_invalid.not_object": ErrorText(C, "上書きフォルダのファイル {path} はオブジェクト（{{...}}）で書いてください。", "docs/forms-overrides.md の形式を確認してください。", EXIT_INPUT),
    "rules_lint_failed": ErrorText(W, "ルール・手続き・様式の点検でエラーが {errors} 件見つかりました（注意 {warnings} 件）。", "表示された箇所を直してから使ってください。", EXIT_INPUT),
    # --- staff, approval, audit hardening (issue 10) ---
    "permission_denied.not_signed_in": ErrorText(W, "サインインしていないため、この操作はできません。",
                                                 "サインインしてから、もう一度操作してください。", EXIT_REFUSED),
    "permission_denied.account_disabled": ErrorText(C, "このアカウントは無効にされたため、この操作はできません。",
                                                    "管理者に連絡してください。", EXIT_REFUSED),
    "permission_denied.role_changed": ErrorText(W, "役割が変更されたため、この操作はできなくなりました。",
                                                "いったんサインアウトし、今の役割でサインインし直してください。", EXIT_REFUSED),
    "cli_sign_in_required": ErrorText(W, "「{command}」は職員としてサインインして実行する操作です。",
                                      "`--as 職員名` を付けて実行してください（パスワードは標準入力の1行目、端末では入力欄から）。",
                                      EXIT_REFUSED),
    "staff_refused.look_alike": ErrorText(W, "登録済みの職員名と見分けにくい名前です（0とo、1とl、カと力 など）。",
                                          "ほかの職員名と紛れない名前にしてください。", EXIT_INPUT),
    "staff_refused.last_administrator": ErrorText(W, "最後の管理者は無効にしたり役割を変えたりできません。",
                                                  "先に別の管理者を追加してください。", EXIT_REFUSED),
    "staff_refused.must_change_password": ErrorText(W, "このアカウントはパスワードの変更が必要です。",
                                                    "`users passwd --as 職員名` でパスワードを変更してから、もう一度実行してください。",
                                                    EXIT_REFUSED),
    "print_refused": ErrorText(W, "決裁が済んでいないため、正式な申請書は印刷できません。",
                               "審査者の承認を待ってください。", EXIT_REFUSED),
    "print_refused.not_approved": ErrorText(W, "決裁が済んでいないため、正式な申請書は印刷できません。",
                                            "審査者の承認を待ってください。", EXIT_REFUSED),
    "print_refused.rejected": ErrorText(W, "差し戻された申請は印刷できません。",
                                        "コメントに沿って修正し、もう一度提出してください。", EXIT_REFUSED),
    "visit_not_stuck": ErrorText(I, "この受付は提出待ちで止まってはいません。", "一覧を更新してください。"),
    "key_file.missing": ErrorText(C, "暗号鍵ファイルがありません: {path}",
                                  "同じデータベースを使っている端末から鍵ファイルをこの場所にコピーしてください"
                                  "（新しいデータベースなら `db init`）。", EXIT_DATABASE),
    "key_file.exists": ErrorText(W, "暗号鍵ファイルがすでにあります: {path}", "既存の鍵は上書きしません。", EXIT_DATABASE),
    "key_file.copy_needed": ErrorText(C, "このデータベースは既存の鍵で暗号化されていますが、鍵ファイルがありません: {path}",
                                      "このデータベースを使っている端末から鍵ファイルをコピーしてください（新しい鍵は作りません）。",
                                      EXIT_DATABASE),
    "key_mismatch": ErrorText(C, "この端末の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。",
                              "データベースを使っている他の端末と同じ鍵ファイルを置いてください。", EXIT_DATABASE),
    "key_mismatch.my_number": ErrorText(C, "この端末の個人番号の鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。",
                                        "このデータベースを使っている他の端末と同じ鍵ファイルを {path} に置いてください。",
                                        EXIT_DATABASE),
    "key_mismatch.audit": ErrorText(C, "この端末の監査ログの鍵ファイル（{path}）は、このデータベースの鍵と一致しません。起動できません。",
                                    "このデータベースを使っている他の端末と同じ鍵ファイルを {path} に置いてください。",
                                    EXIT_DATABASE),
    "key_mismatch.rotation_in_progress": ErrorText(C, "暗号鍵の切り替え（keys rotate）が途中のため起動できません。",
                                                   "システム担当に `keys rotate --as 管理者` を最後まで実行するよう依頼してください。",
                                                   EXIT_DATABASE),
    "key_rotation": ErrorText(C, "暗号鍵を切り替えられません。", _ASK_IT, EXIT_DATABASE),
    "key_rotation.no_key_check": ErrorText(C, "このデータベースには鍵の確認値がまだありません。",
                                           "先に一度、窓口アプリか `keys status` を実行してください。", EXIT_DATABASE),
    "key_rotation.next_key_mismatch": ErrorText(C, "切り替え途中の新しい鍵ファイル（{path}）が、切り替えを始めたときの鍵と一致しません。",
                                                "切り替えを始めた端末の {path} を戻してから、もう一度実行してください。", EXIT_DATABASE),
    "audit_chain": ErrorText(C, "監査ログに問題があります。", _ASK_IT, EXIT_DATABASE),
    "audit_chain.head_missing": ErrorText(C, "監査ログの先頭情報が削除されているため、記録を続けられません。",
                                          "システム担当に `audit repair-head --as 管理者 --anchor アンカーファイル` の実行を依頼してください（docs/audit-log.md）。",
                                          EXIT_DATABASE),
    "audit_chain.broken": ErrorText(C, "監査ログの記録そのものが壊れているため、先頭情報を作り直せません（第 {seq} 件）。",
                                    "`audit verify` で確認し、バックアップから復旧してください。", EXIT_FAULT),
    "audit_chain.head_present": ErrorText(I, "監査ログの先頭情報は失われていません。",
                                          "修復は不要です。`audit verify` で確認してください。", EXIT_FAULT),
    "audit_anchor_file": ErrorText(W, "アンカーファイルを読めません: {path}", "ファイルの場所を確認してください。", EXIT_INPUT),
    "audit_anchor_file.unreadable": ErrorText(W, "アンカーファイルを読めません: {path}", "ファイルの場所と権限を確認してください。", EXIT_INPUT),
    "audit_anchor_file.malformed": ErrorText(W, "アンカーファイル {path} の {line} 行目の形式が正しくありません。",
                                             "`audit anchor` が書いたファイルを指定してください。", EXIT_INPUT),
    "audit_anchor_file.too_large": ErrorText(W, "アンカーファイル {path} が大きすぎます（{limit_mb} MB まで）。",
                                             "`audit anchor` が書いたファイルを指定してください。", EXIT_INPUT),
    "audit_anchor_file.empty": ErrorText(W, "アンカーファイル {path} にアンカーがありません。",
                                         "`audit anchor --out` が書いたファイルを指定してください。", EXIT_INPUT),
    "setting_invalid.not_printable": ErrorText(W, "設定 {key} に制御文字・見えない文字・前後の空白は使えません。", "値を確認してください。", EXIT_INPUT),
    "setting_invalid.digit_run": ErrorText(W, "設定 {key} に12桁の数字の並び（個人番号の可能性）は使えません。", "値を確認してください。", EXIT_INPUT),
    "setting_invalid.not_codes": ErrorText(W, "設定 {key} は手続きコードのカンマ区切り（例: juminhyo,seal_certificate）で指定してください。",
                                           "値を確認してください。", EXIT_INPUT),
    "db_roles": ErrorText(C, "データベースのロールを設定できません。", _ASK_IT, EXIT_DATABASE),
    "db_roles.not_postgresql": ErrorText(W, "`db roles` は PostgreSQL のデータベースだけに使います。",
                                         "SQLite ではファイルの権限（0600）で保護されています。", EXIT_INPUT),
    "db_roles.bad_name": ErrorText(W, "ロール名 {role} は使えません（英小文字・数字・_ のみ）。", "別の名前にしてください。", EXIT_INPUT),
    "db_roles.login_is_superuser": ErrorText(C, "ログインロール {role} はスーパーユーザーのため、権限で制限できません。",
                                             "窓口端末用に別のロール名を指定してください。", EXIT_INPUT),
    "db_roles.same_role": ErrorText(W, "所有者ロールとログインロールは別の名前にしてください。", "--owner-role を確認してください。", EXIT_INPUT),
    "db_roles.not_allowed": ErrorText(C, "この接続ではロールの作成や所有者の変更ができません。",
                                      "スーパーユーザー（またはデータベース所有者）の URL を --db に指定してください。", EXIT_REFUSED),
    # --- CLI faults and storage checks (issue 11) ---
    "database_url_invalid": ErrorText(C, "データベースの URL が正しくありません。", "--db または MADOGUCHI_DB を確認してください（例: sqlite:///C:/madoguchi/madoguchi.sqlite3、postgresql://ユーザー@サーバー/データベース）。", EXIT_DATABASE),
    "database_url_invalid.syntax": ErrorText(C, "データベースの URL の書き方が正しくありません。", "--db または MADOGUCHI_DB を確認してください（例: sqlite:///C:/madoguchi/madoguchi.sqlite3、postgresql://ユーザー@サーバー/データベース）。", EXIT_DATABASE),
    "database_url_invalid.unknown_driver": ErrorText(C, "データベースの URL のドライバー（{scheme}）は使えません。", "SQLite は sqlite:///、PostgreSQL は postgresql:// で始まる URL を指定してください。", EXIT_DATABASE),
    "database_url_invalid.unsupported": ErrorText(C, "この種類のデータベース（{scheme}）には対応していません。", "SQLite（sqlite:///…）か PostgreSQL（postgresql://…）を指定してください。", EXIT_DATABASE),
    "database_unavailable": ErrorText(C, "データベース（{where}）に接続できません。", "サーバーが動いているか、ネットワークと URL を確認してください。" + _ASK_IT, EXIT_DATABASE),
    "database_unavailable.refused": ErrorText(C, "データベースサーバー（{where}）が接続を受け付けません。", "サーバーが起動しているか、ホスト名とポート番号を確認してください。" + _ASK_IT, EXIT_DATABASE),
    "database_unavailable.timeout": ErrorText(C, "データベースサーバー（{where}）から応答がありません。", "ネットワークとサーバーの状態を確認してください。" + _ASK_IT, EXIT_DATABASE),
    "database_unavailable.unknown_host": ErrorText(C, "データベースサーバーのホスト名（{where}）が見つかりません。", "URL のホスト名を確認してください。", EXIT_DATABASE),
    "database_unavailable.authentication": ErrorText(C, "データベースサーバー（{where}）にログインできません（ユーザー名・パスワード・接続の許可）。", "URL のユーザー名とパスワードを確認し、許可はシステム担当に確認してください。", EXIT_DATABASE),
    "database_unavailable.no_database": ErrorText(C, "データベースサーバーに、指定したデータベース（{where}）がありません。", "URL のデータベース名を確認してください。新しく作る場合はシステム担当が作成します。", EXIT_DATABASE),
    "database_unavailable.lost": ErrorText(C, "処理中にデータベース（{where}）との接続が切れました。", "接続を確認して、もう一度実行してください。" + _ASK_IT, EXIT_DATABASE),
    "database_missing": ErrorText(C, "データベースのファイルがありません: {path}", "パスを確認してください。新しく作る場合は `madoguchi db init` を実行します。", EXIT_DATABASE),
    "database_missing.folder": ErrorText(C, "データベースのファイルもフォルダもありません: {path}", "パスの打ち間違いがないか確認してください。新しく作る場合は `madoguchi db init` を実行します。", EXIT_DATABASE),
    "database_corrupt": ErrorText(C, "データベースのファイルが壊れています: {path}", "バックアップから戻してください。`madoguchi db check` で詳しく調べられます。", EXIT_DATABASE),
    "database_corrupt.not_sqlite": ErrorText(C, "データベースのファイルではありません: {path}", "--db で指定したファイルを確認してください。", EXIT_DATABASE),
    "database_corrupt.truncated": ErrorText(C, "データベースのファイルが途中で切れています（コピーの中断など）: {path}", "バックアップから戻してください。", EXIT_DATABASE),
    "database_corrupt.damaged": ErrorText(C, "データベースのファイルが壊れています（SQLite の検査で異常）: {path}", "使うのをやめ、バックアップから戻してください。`madoguchi db check` で詳しく調べられます。", EXIT_DATABASE),
    "database_uninitialised": ErrorText(C, "データベース（{where}）はまだ初期化されていません。", "`madoguchi db init` を実行してください。", EXIT_DATABASE),
    "database_newer": ErrorText(C, "このデータベースは新しい版の Madoguchi で作られています（スキーマ {version}）。この版では使えません。", "新しい版の Madoguchi を使ってください（この版が扱えるのは {known} まで）。", EXIT_DATABASE),
    "database_outdated": ErrorText(C, "データベースのスキーマが古いままです（{version}）。", "`madoguchi db upgrade` で更新してから実行してください（更新の前にバックアップを）。", EXIT_DATABASE),
    "database_read_only": ErrorText(C, "データベースに書き込めません（読み取り専用の媒体か、書き込み権限がありません）: {path}", "読み取りだけのコマンドは使えます。書き込む場合は書き込める場所のデータベースを指定してください。", EXIT_DATABASE),
    "database_full": ErrorText(C, "データベース（{where}）のディスクがいっぱいで書き込めません。", "空き容量を作ってから、もう一度実行してください。", EXIT_DATABASE),
    "database_busy": ErrorText(W, "データベース（{where}）を他の処理が使用中です。", "しばらく待ってから、もう一度実行してください。", EXIT_DATABASE),
    "output_unwritable": ErrorText(W, "出力ファイルに書き込めません（{errno}）: {path}", "出力先を確認してください。", EXIT_OUTPUT),
    "output_unwritable.missing_folder": ErrorText(W, "出力先のフォルダがありません: {path}", "フォルダを作るか、既にあるフォルダを指定してください。", EXIT_OUTPUT),
    "output_unwritable.is_directory": ErrorText(W, "出力先がフォルダです（ファイル名を指定してください）: {path}", "ファイル名まで指定してください。", EXIT_OUTPUT),
    "output_unwritable.no_permission": ErrorText(W, "出力先に書き込む権限がありません: {path}", "書き込めるフォルダを指定してください。", EXIT_OUTPUT),
    "output_unwritable.disk_full": ErrorText(W, "ディスクがいっぱいで出力ファイルを書けません: {path}", "空き容量を作るか、別の場所を指定してください。書きかけのファイルは残していません。", EXIT_OUTPUT),
    "output_unwritable.read_only": ErrorText(W, "出力先は読み取り専用です: {path}", "書き込める場所を指定してください。", EXIT_OUTPUT),
    "output_unwritable.bad_name": ErrorText(W, "出力ファイルの名前が長すぎるか、使えない文字を含みます: {path}", "短い名前にしてください。", EXIT_OUTPUT),
    "output_unwritable.stdout": ErrorText(W, "結果を標準出力に書き込めません（{errno}）。", "出力先（リダイレクト先）の空き容量と権限を確認してください。", EXIT_OUTPUT),
    "output_unwritable.failed": ErrorText(W, "出力ファイルに書き込めません（{errno}）: {path}", "出力先を確認してください。", EXIT_OUTPUT),
    "stdin_not_text": ErrorText(W, "標準入力を文字として読めません（{encoding} ではありません）。", "UTF-8 のテキストで入力してください。", EXIT_INPUT),
    "scenario_invalid.too_large": ErrorText(W, "シナリオファイルが大きすぎます（上限 {limit_kb} KB）。", "1件の来庁を書いたファイルか確認してください。", EXIT_INPUT),
    "scenario_invalid.too_deep": ErrorText(W, "シナリオファイルの入れ子が深すぎます（上限 {limit} 段）。", "docs/scenario-format.md の形式か確認してください。", EXIT_INPUT),
    "scenario_invalid.not_text": ErrorText(W, "シナリオファイルが UTF-8 のテキストではありません（{offset} バイト目）。", "UTF-8 で保存し直してください（Shift_JIS などは使えません）。", EXIT_INPUT),
    "scenario_invalid.missing_file": ErrorText(W, "シナリオファイルがありません。", "ファイルの場所を確認してください。", EXIT_INPUT),
    "scenario_invalid.no_permission": ErrorText(W, "シナリオファイルを読む権限がありません。", "ファイルの権限を確認してください。", EXIT_INPUT),
    "scenario_invalid.is_directory": ErrorText(W, "シナリオに指定したのはフォルダです。", "ファイル名まで指定してください。", EXIT_INPUT),
    "scenario_invalid.not_text_value": ErrorText(W, "シナリオの {key} は文字列（\"...\"）で指定してください。", "値を引用符で囲んでください。", EXIT_INPUT),
    "scenario_invalid.text_too_long": ErrorText(W, "シナリオの {key} が長すぎます（上限 {limit} 文字）。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.bad_character": ErrorText(W, "シナリオの {key} に使えない文字（制御文字や不正な文字）があります。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.list_of_text": ErrorText(W, "シナリオの {key} は文字列の一覧（[\"...\", ...]）で指定してください。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.too_many": ErrorText(W, "シナリオの {key} の件数が多すぎます（上限 {limit} 件）。", "値を確認してください。", EXIT_INPUT),
    "scenario_invalid.date_range": ErrorText(W, "シナリオの {key} は {low} から {high} までの日付で指定してください。", "日付を確認してください。", EXIT_INPUT),
    "scenario_invalid.bad_number": ErrorText(W, "シナリオファイルに使えない数値があります（NaN、無限大、桁数が多すぎる数）。", "数値を確認してください。", EXIT_INPUT),
    "cli_unexpected": ErrorText(C, "予期しない問題で処理を完了できませんでした（記録番号 {incident}、技術的な詳細: {log}）。", "システム担当に記録番号と記録ファイルを伝えてください（個人情報は含まれていません）。"),
    "cli_unexpected.not_recorded": ErrorText(C, "予期しない問題で処理を完了できませんでした（記録番号 {incident}。記録ファイルは書けませんでした）。", "システム担当に連絡してください。"),
    "cli_interrupted": ErrorText(I, "中断しました。", "必要なら、もう一度実行してください。", EXIT_INTERRUPTED),
    # --- records import / 名寄せ / export (issue 12) ---
    "import_profile": ErrorText(W, "取り込みプロファイル「{profile}」を使えません。", "`records profiles` で一覧を確認してください。", EXIT_INPUT),
    "import_profile.not_found": ErrorText(W, "取り込みプロファイル「{profile}」がありません。", "`records profiles` で名前を確認してください。", EXIT_INPUT),
    "import_profile.invalid": ErrorText(W, "取り込みプロファイル「{profile}」の {key} に誤りがあります。", "docs/records-import.md の形式に直してください。", EXIT_INPUT),
    "import_profile.not_exportable": ErrorText(W, "プロファイル「{profile}」の形式では書き出せません。", "書き出しには madoguchi プロファイルを使ってください。", EXIT_INPUT),
    "import_file": ErrorText(W, "データファイルを取り込めません。", "ファイルを確認してください。", EXIT_INPUT),
    "import_file.not_found": ErrorText(W, "データファイルが見つかりません。", "ファイルの場所を確認してください。", EXIT_INPUT),
    "import_file.unreadable": ErrorText(W, "データファイルを読めません。", "ファイルの権限と場所を確認してください。", EXIT_INPUT),
    "import_file.empty": ErrorText(W, "データファイルが空です。", "基幹系からの出力をやり直してください。", EXIT_INPUT),
    "import_file.header": ErrorText(W, "見出し行がプロファイル「{profile}」と合いません。足りない列: {missing}　重複した列: {duplicated}",
                                    "`records import --check` で列を確かめ、プロファイルかファイルを直してください。", EXIT_INPUT),
    "import_file.encoding": ErrorText(W, "見出し行の文字コードを読めません（{line}行目）。", "UTF-8 か Shift_JIS（CP932）で出力してください。", EXIT_INPUT),
    "import_row": ErrorText(W, "この行は取り込めません。", "行を確認してください。", EXIT_INPUT),
    "import_row.required": ErrorText(W, "必須の値が空欄です。", "基幹系のデータを確認してください。", EXIT_INPUT),
    "import_row.bad_date": ErrorText(W, "日付として読めません（存在しない日付か、プロファイルにない書き方です）。", "日付を確認してください。", EXIT_INPUT),
    "import_row.bad_month": ErrorText(W, "年月として読めません。", "YYYY-MM の形で確認してください。", EXIT_INPUT),
    "import_row.bad_number": ErrorText(W, "数字として読めません。", "値を確認してください。", EXIT_INPUT),
    "import_row.bad_code": ErrorText(W, "コードがプロファイルの対応表にありません。", "コードを確認するか、プロファイルの codes に追記してください。", EXIT_INPUT),
    "import_row.bad_flag": ErrorText(W, "不詳フラグは 0 か 1 です。", "値を確認してください。", EXIT_INPUT),
    "import_row.column_count": ErrorText(W, "列の数が見出し行と違います。", "区切りの「,」や引用符を確認してください。", EXIT_INPUT),
    "import_row.duplicate_atena": ErrorText(W, "同じ宛名番号がファイルの前の行にもあります（前の行を使いました）。", "基幹系のデータを確認してください。", EXIT_INPUT),
    "import_row.encoding": ErrorText(W, "文字コードを読めない行です。", "この行の文字を確認してください。", EXIT_INPUT),
    "import_row.too_long": ErrorText(W, "値が長すぎます。", "値を確認してください。", EXIT_INPUT),
    "import_row.history_row": ErrorText(I, "最新でない履歴の行です（取り込みません）。", "対応は不要です。", EXIT_INPUT),
    "import_row.deleted_row": ErrorText(I, "削除された行です（取り込みません）。", "対応は不要です。", EXIT_INPUT),
    "import_row.unknown_code_kept": ErrorText(I, "コードが対応表にないため、コードのまま取り込みました。", "この団体のコードの意味をプロファイルの codes に追記してください。", EXIT_INPUT),
    "import_row.era_mismatch": ErrorText(I, "元号コードと生年月日が合いません（生年月日を使いました）。", "基幹系のデータを確認してください。", EXIT_INPUT),
    "import_row.my_number_check_digit": ErrorText(W, "個人番号のチェックデジットが合いません。", "統合宛名の番号を確認してください。", EXIT_INPUT),
    "import_row.my_number_format": ErrorText(W, "個人番号は12桁の数字です。", "統合宛名の番号を確認してください。", EXIT_INPUT),
    "import_row.my_number_empty": ErrorText(W, "個人番号が空欄です。", "統合宛名のデータを確認してください。", EXIT_INPUT),
    "import_row.unknown_atena": ErrorText(W, "この宛名番号の住民はいません。", "先に住民記録を取り込んでください。", EXIT_INPUT),
    "import_row.my_number_shared": ErrorText(I, "同じ個人番号が別の宛名番号にも付いています（名寄せの候補です）。", "`records duplicates` で確認してください。", EXIT_INPUT),
    "import_row.my_number_elsewhere": ErrorText(W, "この宛名番号にはすでに別の個人番号が登録されています（変更しませんでした）。", "統合宛名のデータを確認してください。", EXIT_INPUT),
    "import_refused": ErrorText(W, "取り込みを始められません。", "表示に従ってください。", EXIT_INPUT),
    "import_refused.running": ErrorText(W, "別の取り込みが実行中です（実行番号 {run}）。", "終わってから、もう一度実行してください。", EXIT_FAULT),
    "import_refused.confirm_needs_snapshot": ErrorText(W, "--confirm-missing は全件データ（--mode snapshot）のときだけ使えます。", "--mode snapshot を付けてください。", EXIT_INPUT),
    "import_refused.bad_mode": ErrorText(W, "取り込み方式は snapshot か delta です。", "--mode を確認してください。", EXIT_INPUT),
    "duplicate_decision": ErrorText(W, "名寄せの判定を記録できません。", "入力を確認してください。", EXIT_INPUT),
    "duplicate_decision.same_record": ErrorText(W, "同じ宛名番号どうしは判定できません。", "2つの異なる宛名番号を指定してください。", EXIT_INPUT),
    "duplicate_decision.unknown_resident": ErrorText(W, "その宛名番号の住民はいません。", "宛名番号を確認してください。", EXIT_INPUT),
    "duplicate_decision.no_decision": ErrorText(W, "この組の判定は記録されていません。", "`records duplicates decisions` で確認してください。", EXIT_INPUT),
    "duplicate_decision.bad_verdict": ErrorText(W, "判定は same（同一人）か different（別人）です。", "判定を確認してください。", EXIT_INPUT),
    "duplicate_decision.already_decided": ErrorText(W, "この組はすでに判定済みです。", "変えるときは先に判定を取り消してください。", EXIT_INPUT),
    "handover_export": ErrorText(W, "引き継ぎデータを書き出せません。", "指定を確認してください。", EXIT_INPUT),
    "handover_export.unknown_section": ErrorText(W, "担当「{section}」はありません。", "`visits export --help` の担当の一覧から選んでください。", EXIT_INPUT),
    "handover_export.bad_date": ErrorText(W, "日付は YYYY-MM-DD で指定してください。", "--since を確認してください。", EXIT_INPUT),
    "handover_export.bad_format": ErrorText(W, "形式は json か csv です。", "--format を確認してください。", EXIT_INPUT),
    "records_output": ErrorText(W, "書き出し先のファイルに書き込めません。", "--out（または --report）の場所と権限を確認してください。", EXIT_OUTPUT),
}

UNEXPECTED = ErrorText(C, "処理中に問題が発生しました。", "入力内容は保存されています。" + _ASK_IT)


def lookup(exc: BaseException) -> tuple[str, ErrorText]:
    """(catalogue key, text) for any exception; anything not a DomainError is unexpected."""
    if isinstance(exc, DomainError):
        for key in (exc.full_code, exc.code):
            if key in CATALOG:
                return key, CATALOG[key]
    return "unexpected", UNEXPECTED


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, data: Mapping[str, Any]) -> str:
    """The template with the error's data; a missing value leaves an empty place."""
    try:
        return template.format_map(_Blank({k: "" if v is None else v for k, v in data.items()}))
    except (ValueError, IndexError):  # a stray brace in a translation: show it as written
        return template


def data_of(exc: BaseException) -> Mapping[str, Any]:
    return exc.data if isinstance(exc, DomainError) else {}


def message_of(exc: BaseException) -> str:
    """The Japanese message for `exc`, its placeholders filled."""
    return fill(lookup(exc)[1].message, data_of(exc))
