# 表單字串（message id 的規則見 locales/en-us/forms.ftl 開頭）。

## Shared

form-locale = zh-tw
form-error-prefix = 錯誤：
form-error-summary-title = 有問題需要處理
form-optional = （選填）
form-select-choose = 請選擇
form-check = 檢查宣告
form-download = 下載 JSON
form-print = 列印宣告
form-clear = 清除表單
form-checklist-title = 檢查清單
form-checklist-progress = 已完成 { $done } / { $total } 項
form-status-complete = 已完成
form-status-incomplete = 未完成
form-status-not-needed = 不需要
form-draft-offer = 此瀏覽器中儲存了這份宣告的草稿。
form-draft-offer-hint = 請還原草稿以繼續填寫，或捨棄它。在您選擇之前，不會儲存新的內容。
form-draft-restore = 還原草稿
form-draft-discard = 捨棄草稿
form-draft-restored = 已還原草稿。
form-draft-discarded = 已捨棄草稿。
form-saved-locally = 您輸入的內容只會以此語言的草稿形式保留在此瀏覽器中，不會傳送到任何地方。
form-no-script = 檢查答案、保留草稿和下載都需要 JavaScript。您仍可閱讀及列印此表單。
form-cleared = 已清除表單並移除草稿。
form-valid = 沒有發現問題。請下載或列印宣告，然後在合作夥伴中心輸入。
form-print-title = 宣告摘要

## CPOR claim

cpor-claim-title = 準備您的客戶關聯宣告
cpor-claim-intro = 依照合作夥伴中心的規則輸入並檢查宣告所需的資訊，然後下載或列印，再於合作夥伴中心輸入。
cpor-claim-checklist-lead = 您將需要下列資訊才能完成宣告：
cpor-claim-terms-locale = zh-tw

cpor-claim-item-1 = MPN 識別碼
cpor-claim-item-2 = 客戶的網域名稱
cpor-claim-item-3 = 客戶的目錄（租用戶）識別碼
cpor-claim-item-4 = 解決方案區域
cpor-claim-item-5 = 活動與宣告類型
cpor-claim-item-6 = 客戶的連絡人
cpor-claim-item-7 = 客戶的技術連絡人（Dynamics 365）
cpor-claim-item-8 = 貴公司的連絡人
cpor-claim-item-9 = 宣告名稱
cpor-claim-item-10 = 產品或工作負載
cpor-claim-item-11 = 執行證明（PoE）
cpor-claim-item-12 = 收入關聯詳細資料

# 本地區文章檢查清單中的粗體欄位名稱（照文章原文）。
cpor-claim-term-mpn-id = MPN 識別碼
cpor-claim-term-domain-name = 功能變數名稱
cpor-claim-term-directory-id = 目錄識別碼
cpor-claim-term-tenant-id = 租使用者識別碼
cpor-claim-term-solution-area = 解決方案區域
cpor-claim-term-activity = 活動
cpor-claim-term-customer-contact-name = 連絡人名稱
cpor-claim-term-technical-contact = 技術連絡人
cpor-claim-term-partner-contact-name = 連絡人名稱
cpor-claim-term-claim-name = 名稱
cpor-claim-term-products = 產品
cpor-claim-term-proof-of-execution = 執行證明
cpor-claim-term-dynamics-seller-name = Dynamics 解決方案賣方名稱
cpor-claim-term-customer-name = 客戶名稱
cpor-claim-term-isv-solution-name = ISV 產品/解決方案的名稱

cpor-claim-group-customer-contact = 客戶的連絡人
cpor-claim-group-technical-contact = 客戶的技術連絡人
cpor-claim-group-partner-contact = 貴公司的連絡人
cpor-claim-required-when-solution-area-business-applications = Business Applications（Dynamics 365）宣告必須填寫。
cpor-claim-shown-when-claim-type-revenue-association = 僅適用於收入關聯宣告。

cpor-claim-mpn-id-label = MPN 識別碼
cpor-claim-mpn-id-hint = 提出宣告之合作夥伴地點的 Microsoft 合作夥伴網路識別碼，只含數字，例如 1234567。
cpor-claim-mpn-id-error-required = 請輸入您的 MPN 識別碼
cpor-claim-mpn-id-error-format = MPN 識別碼只能包含數字，例如 1234567

cpor-claim-customer-domain-label = 客戶的網域名稱
cpor-claim-customer-domain-hint = 例如 contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = 請輸入客戶的網域名稱
cpor-claim-customer-domain-error-format = 請以正確格式輸入網域名稱，例如 contoso.onmicrosoft.com

cpor-claim-tenant-id-label = 客戶的目錄（租用戶）識別碼
cpor-claim-tenant-id-hint = 目錄識別碼也稱為租用戶識別碼：分成五組的 32 個十六進位數字，例如 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f。
cpor-claim-tenant-id-error-required = 請輸入客戶的目錄（租用戶）識別碼
cpor-claim-tenant-id-error-format = 請以正確格式輸入目錄（租用戶）識別碼，例如 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = 解決方案區域
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = 請選取解決方案區域

cpor-claim-claim-type-label = 活動與宣告類型
cpor-claim-claim-type-pre-sales = 售前
cpor-claim-claim-type-usage = 使用量
cpor-claim-claim-type-revenue-association = 收入關聯
cpor-claim-claim-type-revenue-association-hint = 僅限 Business Applications
cpor-claim-claim-type-revenue-association-error = 收入關聯僅適用於 Business Applications：請選取 Business Applications，或選取其他宣告類型
cpor-claim-claim-type-error-required = 請選取宣告類型

cpor-claim-dynamics-seller-name-label = Dynamics 解決方案賣方名稱
cpor-claim-dynamics-seller-name-error-required = 請輸入 Dynamics 解決方案賣方的名稱
cpor-claim-customer-name-label = 客戶名稱
cpor-claim-customer-name-error-required = 請輸入客戶的名稱
cpor-claim-isv-solution-name-label = ISV 產品或解決方案的名稱
cpor-claim-isv-solution-name-error-required = 請輸入 ISV 產品或解決方案的名稱

cpor-claim-customer-contact-name-label = 姓名
cpor-claim-customer-contact-name-error-required = 請輸入客戶連絡人的姓名
cpor-claim-customer-contact-title-label = 職稱
cpor-claim-customer-contact-title-error-required = 請輸入客戶連絡人的職稱
cpor-claim-customer-contact-email-label = 電子郵件地址
cpor-claim-customer-contact-email-error-required = 請輸入客戶連絡人的電子郵件地址
cpor-claim-customer-contact-email-error-format = 請以正確格式輸入電子郵件地址，例如 name@example.com

cpor-claim-technical-contact-name-label = 姓名
cpor-claim-technical-contact-name-error-required = 請輸入客戶技術連絡人的姓名
cpor-claim-technical-contact-title-label = 職稱
cpor-claim-technical-contact-title-error-required = 請輸入客戶技術連絡人的職稱
cpor-claim-technical-contact-email-label = 電子郵件地址
cpor-claim-technical-contact-email-error-required = 請輸入客戶技術連絡人的電子郵件地址
cpor-claim-technical-contact-email-error-format = 請以正確格式輸入電子郵件地址，例如 name@example.com

cpor-claim-partner-contact-name-label = 姓名
cpor-claim-partner-contact-name-error-required = 請輸入貴公司連絡人的姓名
cpor-claim-partner-contact-email-label = 電子郵件地址
cpor-claim-partner-contact-email-error-required = 請輸入貴公司連絡人的電子郵件地址
cpor-claim-partner-contact-email-error-format = 請以正確格式輸入電子郵件地址，例如 name@example.com

cpor-claim-claim-name-label = 宣告名稱
cpor-claim-claim-name-hint = 您為這份宣告取的名稱，方便日後在合作夥伴中心找到它。
cpor-claim-claim-name-error-required = 請輸入宣告的名稱

cpor-claim-products-label = 產品或工作負載
cpor-claim-products-hint = 您所宣告的產品或工作負載，例如 Exchange Online 或 Dynamics 365 Sales。
cpor-claim-products-error-required = 請輸入您所宣告的產品或工作負載

cpor-claim-subscription-id-label = 訂用帳戶識別碼
cpor-claim-subscription-id-hint = 僅適用於 Dynamics 365，且您宣告的產品對此客戶有多個訂用帳戶時。格式為 GUID，例如 3fa85f64-5717-4562-b3fc-2c963f66afa6。
cpor-claim-subscription-id-error-format = 請以正確格式輸入訂用帳戶識別碼，例如 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = 執行證明（PoE）
cpor-claim-proof-of-execution-hint = 說明您的證明，例如客戶簽署的工作說明書。文件本身請在合作夥伴中心附加。
cpor-claim-proof-of-execution-error-required = 請說明執行證明
