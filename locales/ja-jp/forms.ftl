# フォームの文字列 (message id の規則は locales/en-us/forms.ftl の冒頭を参照)。

## Shared

form-locale = ja-jp
form-error-prefix = エラー:{" "}
form-error-summary-title = 問題があります
form-optional = (省略可能)
form-select-choose = 選択してください
form-check = 要求を確認
form-download = JSON をダウンロード
form-print = 要求を印刷
form-clear = フォームをクリア
form-checklist-title = チェックリスト
form-checklist-progress = { $total } 項目中 { $done } 項目が完了
form-status-complete = 完了
form-status-incomplete = 未完了
form-status-not-needed = 不要
form-draft-offer = この要求の下書きがこのブラウザーに保存されています。
form-draft-offer-hint = 続けるには下書きを復元し、不要な場合は破棄してください。選択するまで、新しい内容は保存されません。
form-draft-restore = 下書きを復元
form-draft-discard = 下書きを破棄
form-draft-restored = 下書きを復元しました。
form-draft-discarded = 下書きを破棄しました。
form-saved-locally = 入力した内容は、この言語の下書きとしてこのブラウザーにのみ保存されます。どこにも送信されません。
form-no-script = 回答の確認、下書きの保存、ダウンロードには JavaScript が必要です。このフォームの閲覧と印刷は JavaScript がなくてもできます。
form-cleared = フォームをクリアし、下書きを削除しました。
form-valid = 問題は見つかりませんでした。要求をダウンロードまたは印刷してから、パートナー センターで入力してください。
form-print-title = 要求の概要

## CPOR claim

cpor-claim-title = 顧客の関連付けの要求を準備する
cpor-claim-intro = 要求に必要な情報を入力してください。入力内容はパートナー センターのルールに従って確認されます。その後、要求をダウンロードまたは印刷して、パートナー センターで入力します。
cpor-claim-checklist-lead = 要求を完了するには、次の情報が必要です。
cpor-claim-terms-locale = ja-jp

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = 顧客のドメイン名
cpor-claim-item-3 = 顧客のディレクトリ (テナント) ID
cpor-claim-item-4 = ソリューション領域
cpor-claim-item-5 = アクティビティと要求の種類
cpor-claim-item-6 = 顧客の連絡先
cpor-claim-item-7 = 顧客の技術担当者 (Dynamics 365)
cpor-claim-item-8 = 自社の連絡先
cpor-claim-item-9 = 要求の名前
cpor-claim-item-10 = 製品またはワークロード
cpor-claim-item-11 = 実行の証明 (PoE)
cpor-claim-item-12 = 収益の関連付けの詳細

# 記事のチェックリストで太字になっているフィールド名 (記事の日本語訳での表記。Microsoft の用語に従う。
# コーパスには ja-jp の記事はない)。
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = ドメイン名
cpor-claim-term-directory-id = ディレクトリ ID
cpor-claim-term-tenant-id = テナント ID
cpor-claim-term-solution-area = ソリューション領域
cpor-claim-term-activity = アクティビティ
cpor-claim-term-customer-contact-name = 連絡先名
cpor-claim-term-technical-contact = 技術担当者
cpor-claim-term-partner-contact-name = 連絡先名
cpor-claim-term-claim-name = 名前
cpor-claim-term-products = 製品
cpor-claim-term-proof-of-execution = 実行の証明
cpor-claim-term-dynamics-seller-name = Dynamics ソリューション販売者名
cpor-claim-term-customer-name = 顧客名
cpor-claim-term-isv-solution-name = ISV 製品/ソリューションの名前

cpor-claim-group-customer-contact = 顧客の連絡先
cpor-claim-group-technical-contact = 顧客の技術担当者
cpor-claim-group-partner-contact = 自社の連絡先
cpor-claim-required-when-solution-area-business-applications = Business Applications (Dynamics 365) の要求では必須です。
cpor-claim-shown-when-claim-type-revenue-association = 収益の関連付けの要求の場合のみ。

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = 要求を行うパートナー所在地の Microsoft Partner Network ID (数字のみ)。例: 1234567。
cpor-claim-mpn-id-error-required = MPN ID を入力してください
cpor-claim-mpn-id-error-format = MPN ID には数字のみを入力してください (例: 1234567)

cpor-claim-customer-domain-label = 顧客のドメイン名
cpor-claim-customer-domain-hint = 例: contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = 顧客のドメイン名を入力してください
cpor-claim-customer-domain-error-format = ドメイン名を正しい形式で入力してください (例: contoso.onmicrosoft.com)

cpor-claim-tenant-id-label = 顧客のディレクトリ (テナント) ID
cpor-claim-tenant-id-hint = ディレクトリ ID はテナント ID とも呼ばれ、5 つのグループに分かれた 32 桁の 16 進数です。例: 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f。
cpor-claim-tenant-id-error-required = 顧客のディレクトリ (テナント) ID を入力してください
cpor-claim-tenant-id-error-format = ディレクトリ (テナント) ID を正しい形式で入力してください (例: 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f)

cpor-claim-solution-area-label = ソリューション領域
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = ソリューション領域を選択してください

cpor-claim-claim-type-label = アクティビティと要求の種類
cpor-claim-claim-type-pre-sales = プリセールス
cpor-claim-claim-type-usage = 使用状況
cpor-claim-claim-type-revenue-association = 収益の関連付け
cpor-claim-claim-type-revenue-association-hint = Business Applications のみ
cpor-claim-claim-type-revenue-association-error = 収益の関連付けは Business Applications でのみ使用できます。Business Applications か、別の要求の種類を選択してください
cpor-claim-claim-type-error-required = 要求の種類を選択してください

cpor-claim-dynamics-seller-name-label = Dynamics ソリューション販売者の名前
cpor-claim-dynamics-seller-name-error-required = Dynamics ソリューション販売者の名前を入力してください
cpor-claim-customer-name-label = 顧客名
cpor-claim-customer-name-error-required = 顧客の名前を入力してください
cpor-claim-isv-solution-name-label = ISV 製品またはソリューションの名前
cpor-claim-isv-solution-name-error-required = ISV 製品またはソリューションの名前を入力してください

cpor-claim-customer-contact-name-label = 名前
cpor-claim-customer-contact-name-error-required = 顧客の連絡先の名前を入力してください
cpor-claim-customer-contact-title-label = 役職
cpor-claim-customer-contact-title-error-required = 顧客の連絡先の役職を入力してください
cpor-claim-customer-contact-email-label = メール アドレス
cpor-claim-customer-contact-email-error-required = 顧客の連絡先のメール アドレスを入力してください
cpor-claim-customer-contact-email-error-format = メール アドレスを正しい形式で入力してください (例: name@example.com)

cpor-claim-technical-contact-name-label = 名前
cpor-claim-technical-contact-name-error-required = 顧客の技術担当者の名前を入力してください
cpor-claim-technical-contact-title-label = 役職
cpor-claim-technical-contact-title-error-required = 顧客の技術担当者の役職を入力してください
cpor-claim-technical-contact-email-label = メール アドレス
cpor-claim-technical-contact-email-error-required = 顧客の技術担当者のメール アドレスを入力してください
cpor-claim-technical-contact-email-error-format = メール アドレスを正しい形式で入力してください (例: name@example.com)

cpor-claim-partner-contact-name-label = 名前
cpor-claim-partner-contact-name-error-required = 自社の連絡先の名前を入力してください
cpor-claim-partner-contact-email-label = メール アドレス
cpor-claim-partner-contact-email-error-required = 自社の連絡先のメール アドレスを入力してください
cpor-claim-partner-contact-email-error-format = メール アドレスを正しい形式で入力してください (例: name@example.com)

cpor-claim-claim-name-label = 要求の名前
cpor-claim-claim-name-hint = この要求に付ける任意の名前です。後でパートナー センターで見つけるために使います。
cpor-claim-claim-name-error-required = 要求の名前を入力してください

cpor-claim-products-label = 製品またはワークロード
cpor-claim-products-hint = 要求の対象となる製品またはワークロード。例: Exchange Online、Dynamics 365 Sales。
cpor-claim-products-error-required = 要求の対象となる製品またはワークロードを入力してください

cpor-claim-subscription-id-label = サブスクリプション ID
cpor-claim-subscription-id-hint = Dynamics 365 のみ。要求する製品にこの顧客のサブスクリプションが複数ある場合に入力します。GUID 形式です。例: 3fa85f64-5717-4562-b3fc-2c963f66afa6。
cpor-claim-subscription-id-error-format = サブスクリプション ID を正しい形式で入力してください (例: 3fa85f64-5717-4562-b3fc-2c963f66afa6)

cpor-claim-proof-of-execution-label = 実行の証明 (PoE)
cpor-claim-proof-of-execution-hint = 顧客が署名した作業範囲記述書 (SOW) など、証明の内容を説明してください。ドキュメント自体はパートナー センターで添付します。
cpor-claim-proof-of-execution-error-required = 実行の証明について説明してください
