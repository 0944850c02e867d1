# 表单字符串（message id 的规则见 locales/en-us/forms.ftl 开头）。

## Shared

form-locale = zh-cn
form-error-prefix = 错误：
form-error-summary-title = 存在问题
form-optional = （可选）
form-select-choose = 请选择
form-check = 检查声明
form-download = 下载 JSON
form-print = 打印声明
form-clear = 清除表单
form-checklist-title = 清单
form-checklist-progress = 已完成 { $done } / { $total } 项
form-status-complete = 已完成
form-status-incomplete = 未完成
form-status-not-needed = 不需要
form-draft-offer = 此浏览器中保存有这份声明的草稿。
form-draft-offer-hint = 恢复草稿以继续填写，或放弃它。在你做出选择之前，不会保存新的内容。
form-draft-restore = 恢复草稿
form-draft-discard = 放弃草稿
form-draft-restored = 已恢复草稿。
form-draft-discarded = 已放弃草稿。
form-saved-locally = 你输入的内容只会以此语言的草稿形式保留在此浏览器中，不会发送到任何地方。
form-no-script = 检查答案、保留草稿和下载都需要 JavaScript。你仍可阅读和打印此表单。
form-cleared = 已清除表单并删除草稿。
form-valid = 未发现问题。请下载或打印声明，然后在合作伙伴中心中输入。
form-print-title = 声明摘要

## CPOR claim

cpor-claim-title = 准备你的客户关联声明
cpor-claim-intro = 按照合作伙伴中心的规则输入并检查声明所需的信息，然后下载或打印，再在合作伙伴中心中输入。
cpor-claim-checklist-lead = 你将需要以下信息来完成声明：
cpor-claim-terms-locale = zh-cn

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = 客户的域名
cpor-claim-item-3 = 客户的目录（租户）ID
cpor-claim-item-4 = 解决方案区域
cpor-claim-item-5 = 活动和声明类型
cpor-claim-item-6 = 客户的联系人
cpor-claim-item-7 = 客户的技术联系人（Dynamics 365）
cpor-claim-item-8 = 你公司的联系人
cpor-claim-item-9 = 声明名称
cpor-claim-item-10 = 产品或工作负荷
cpor-claim-item-11 = 执行证明（PoE）
cpor-claim-item-12 = 收入关联详细信息

# 本区域文章清单中的粗体字段名称（照文章原文）。
cpor-claim-term-mpn-id = MPN id
cpor-claim-term-domain-name = 域名
cpor-claim-term-directory-id = 目录 id
cpor-claim-term-tenant-id = 租户 id
cpor-claim-term-solution-area = 解决方案区域
cpor-claim-term-activity = 活动
cpor-claim-term-customer-contact-name = 联系人姓名
cpor-claim-term-technical-contact = 技术联系人
cpor-claim-term-partner-contact-name = 联系人姓名
cpor-claim-term-claim-name = 名称
cpor-claim-term-products = 产品
cpor-claim-term-proof-of-execution = 执行证明
cpor-claim-term-dynamics-seller-name = Dynamics 解决方案卖方名称
cpor-claim-term-customer-name = 客户名称
cpor-claim-term-isv-solution-name = ISV 产品/解决方案的名称

cpor-claim-group-customer-contact = 客户的联系人
cpor-claim-group-technical-contact = 客户的技术联系人
cpor-claim-group-partner-contact = 你公司的联系人
cpor-claim-required-when-solution-area-business-applications = Business Applications（Dynamics 365）声明必须填写。
cpor-claim-shown-when-claim-type-revenue-association = 仅适用于收入关联声明。

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = 提出声明的合作伙伴位置的 Microsoft 合作伙伴网络 ID，仅含数字，例如 1234567。
cpor-claim-mpn-id-error-required = 请输入你的 MPN ID
cpor-claim-mpn-id-error-format = MPN ID 只能包含数字，例如 1234567

cpor-claim-customer-domain-label = 客户的域名
cpor-claim-customer-domain-hint = 例如 contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = 请输入客户的域名
cpor-claim-customer-domain-error-format = 请按正确格式输入域名，例如 contoso.onmicrosoft.com

cpor-claim-tenant-id-label = 客户的目录（租户）ID
cpor-claim-tenant-id-hint = 目录 ID 也称为租户 ID：分为五组的 32 个十六进制数字，例如 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f。
cpor-claim-tenant-id-error-required = 请输入客户的目录（租户）ID
cpor-claim-tenant-id-error-format = 请按正确格式输入目录（租户）ID，例如 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = 解决方案区域
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = 请选择解决方案区域

cpor-claim-claim-type-label = 活动和声明类型
cpor-claim-claim-type-pre-sales = 售前
cpor-claim-claim-type-usage = 使用情况
cpor-claim-claim-type-revenue-association = 收入关联
cpor-claim-claim-type-revenue-association-hint = 仅限 Business Applications
cpor-claim-claim-type-revenue-association-error = 收入关联仅适用于 Business Applications：请选择 Business Applications，或选择其他声明类型
cpor-claim-claim-type-error-required = 请选择声明类型

cpor-claim-dynamics-seller-name-label = Dynamics 解决方案卖方名称
cpor-claim-dynamics-seller-name-error-required = 请输入 Dynamics 解决方案卖方的名称
cpor-claim-customer-name-label = 客户名称
cpor-claim-customer-name-error-required = 请输入客户的名称
cpor-claim-isv-solution-name-label = ISV 产品或解决方案的名称
cpor-claim-isv-solution-name-error-required = 请输入 ISV 产品或解决方案的名称

cpor-claim-customer-contact-name-label = 姓名
cpor-claim-customer-contact-name-error-required = 请输入客户联系人的姓名
cpor-claim-customer-contact-title-label = 职务
cpor-claim-customer-contact-title-error-required = 请输入客户联系人的职务
cpor-claim-customer-contact-email-label = 电子邮件地址
cpor-claim-customer-contact-email-error-required = 请输入客户联系人的电子邮件地址
cpor-claim-customer-contact-email-error-format = 请按正确格式输入电子邮件地址，例如 name@example.com

cpor-claim-technical-contact-name-label = 姓名
cpor-claim-technical-contact-name-error-required = 请输入客户技术联系人的姓名
cpor-claim-technical-contact-title-label = 职务
cpor-claim-technical-contact-title-error-required = 请输入客户技术联系人的职务
cpor-claim-technical-contact-email-label = 电子邮件地址
cpor-claim-technical-contact-email-error-required = 请输入客户技术联系人的电子邮件地址
cpor-claim-technical-contact-email-error-format = 请按正确格式输入电子邮件地址，例如 name@example.com

cpor-claim-partner-contact-name-label = 姓名
cpor-claim-partner-contact-name-error-required = 请输入你公司联系人的姓名
cpor-claim-partner-contact-email-label = 电子邮件地址
cpor-claim-partner-contact-email-error-required = 请输入你公司联系人的电子邮件地址
cpor-claim-partner-contact-email-error-format = 请按正确格式输入电子邮件地址，例如 name@example.com

cpor-claim-claim-name-label = 声明名称
cpor-claim-claim-name-hint = 你为这份声明起的名称，便于以后在合作伙伴中心中找到它。
cpor-claim-claim-name-error-required = 请输入声明的名称

cpor-claim-products-label = 产品或工作负荷
cpor-claim-products-hint = 你所申报的产品或工作负荷，例如 Exchange Online 或 Dynamics 365 Sales。
cpor-claim-products-error-required = 请输入你所申报的产品或工作负荷

cpor-claim-subscription-id-label = 订阅 ID
cpor-claim-subscription-id-hint = 仅适用于 Dynamics 365，且你申报的产品对此客户有多个订阅时。格式为 GUID，例如 3fa85f64-5717-4562-b3fc-2c963f66afa6。
cpor-claim-subscription-id-error-format = 请按正确格式输入订阅 ID，例如 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = 执行证明（PoE）
cpor-claim-proof-of-execution-hint = 描述你的证明，例如客户签署的工作说明书。文档本身请在合作伙伴中心中上传。
cpor-claim-proof-of-execution-error-required = 请描述执行证明
