# Strings of the forms the theme embeds in articles (templates/forms/*.toml) and of
# the claim-checklist check. Every locale's forms.ftl defines every id below; a
# locale without this file falls back along its chain to en-us.
#
# Message ids:
#   form-*                            shared by every form: buttons, error summary,
#                                     checklist statuses, draft banner
#   <form>-title, -intro              heading and introduction of form <form>
#   <form>-item-<n>                   checklist item n (1-based) in the live checklist
#   <form>-group-<group>[-hint]       legend (and hint) of a fieldset group
#   <form>-<field>-label              a field's label (a radio group's legend)
#   <form>-<field>-hint               its hint (when the schema says `hint = true`)
#   <form>-<field>-error-required     the error when it is left empty
#   <form>-<field>-error-format       the error when its syntax is wrong
#   <form>-<field>-<value>[-hint]     a radio option (and its hint)
#   <form>-<field>-<value>-error      the error when an option's `only_when` fails
#   <form>-required-when-<field>-<value>  says when a field is required
#   <form>-shown-when-<field>-<value>     says when a revealed section applies
#   <form>-checklist-lead             the sentence before the article's checklist,
#                                     exactly as this locale's article writes it
#   <form>-term-<term>                a field name as this locale's article writes it
#                                     (in bold) in its checklist
#   <form>-terms-locale               the locale whose article the terms come from
#                                     (this file's locale); terms are checked only in
#                                     copies of that locale
# <field> is the schema's field id with `_` spelled `-` (tenant_id → tenant-id).
#
# Error messages follow the GOV.UK Design System: say what to do ("Enter …",
# "Select …"), the same words beside the field and in the error summary.

## Shared

# The locale these strings are in (BCP 47, lower case): the form's `lang`.
form-locale = en-us
# Prefixed to the page title while errors remain, and read before each error.
form-error-prefix = Error:{" "}
form-error-summary-title = There is a problem
form-optional = (optional)
form-select-choose = Choose an option
form-check = Check the claim
form-download = Download JSON
form-print = Print the claim
form-clear = Clear the form
form-checklist-title = Checklist
# $done, $total - how many checklist items are complete, of how many.
form-checklist-progress = { $done } of { $total } items complete
form-status-complete = Complete
form-status-incomplete = Not complete
form-status-not-needed = Not needed
form-draft-offer = A draft of this claim is saved in this browser.
form-draft-offer-hint = Restore it to carry on, or discard it. Nothing new is saved until you choose.
form-draft-restore = Restore the draft
form-draft-discard = Discard the draft
form-draft-restored = The draft is restored.
form-draft-discarded = The draft is discarded.
form-saved-locally = What you enter is kept in this browser only, as a draft for this language. Nothing is sent anywhere.
form-no-script = Checking the answers, keeping a draft and downloading need JavaScript. You can still read and print this form.
form-cleared = The form is cleared and its draft removed.
form-valid = No problems found. Download the claim or print it, then enter it in Partner Center.
form-print-title = Claim summary

## CPOR claim (templates/forms/cpor-claim.toml)

cpor-claim-title = Prepare your customer association claim
cpor-claim-intro = Enter what the claim needs, checked against the rules of Partner Center. Then download or print it and enter it in Partner Center.
cpor-claim-checklist-lead = You'll need the following information to complete a claim:
cpor-claim-terms-locale = en-us

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = Customer's domain name
cpor-claim-item-3 = Customer's directory (tenant) ID
cpor-claim-item-4 = Solution area
cpor-claim-item-5 = Activity and claim type
cpor-claim-item-6 = Customer's contact
cpor-claim-item-7 = Customer's technical contact (Dynamics 365)
cpor-claim-item-8 = Your company's contact
cpor-claim-item-9 = Claim name
cpor-claim-item-10 = Products or workloads
cpor-claim-item-11 = Proof of execution (PoE)
cpor-claim-item-12 = Revenue association details

# The bold field names of the English source checklist.
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = domain name
cpor-claim-term-directory-id = Directory ID
cpor-claim-term-tenant-id = Tenant ID
cpor-claim-term-solution-area = Solution area
cpor-claim-term-activity = Activity
cpor-claim-term-customer-contact-name = Contact name
cpor-claim-term-technical-contact = Technical contact
cpor-claim-term-partner-contact-name = Contact name
cpor-claim-term-claim-name = Name
cpor-claim-term-products = Product(s)
cpor-claim-term-proof-of-execution = Proof of execution (PoE)
cpor-claim-term-dynamics-seller-name = Dynamics solution seller name
cpor-claim-term-customer-name = Customer name
cpor-claim-term-isv-solution-name = Name of ISV product/solution

cpor-claim-group-customer-contact = Your customer's contact
cpor-claim-group-technical-contact = Your customer's technical contact
cpor-claim-group-partner-contact = Your company's contact
cpor-claim-required-when-solution-area-business-applications = Required for Business Applications (Dynamics 365) claims.
cpor-claim-shown-when-claim-type-revenue-association = Only for revenue association claims.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = The Microsoft Partner Network ID of the partner location that makes the claim, in digits, for example 1234567.
cpor-claim-mpn-id-error-required = Enter your MPN ID
cpor-claim-mpn-id-error-format = The MPN ID must contain only digits, like 1234567

cpor-claim-customer-domain-label = Customer's domain name
cpor-claim-customer-domain-hint = For example, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Enter the customer's domain name
cpor-claim-customer-domain-error-format = Enter a domain name in the correct format, like contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Customer's directory (tenant) ID
cpor-claim-tenant-id-hint = The directory ID is also called the tenant ID: 32 hexadecimal digits in five groups, for example 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Enter the customer's directory (tenant) ID
cpor-claim-tenant-id-error-format = Enter the directory (tenant) ID in the correct format, like 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Solution area
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Select the solution area

cpor-claim-claim-type-label = Activity and claim type
cpor-claim-claim-type-pre-sales = Pre-sales
cpor-claim-claim-type-usage = Usage
cpor-claim-claim-type-revenue-association = Revenue association
cpor-claim-claim-type-revenue-association-hint = Business Applications only
cpor-claim-claim-type-revenue-association-error = Revenue association is for Business Applications only: select Business Applications, or another claim type
cpor-claim-claim-type-error-required = Select the type of claim

cpor-claim-dynamics-seller-name-label = Dynamics solution seller name
cpor-claim-dynamics-seller-name-error-required = Enter the name of the Dynamics solution seller
cpor-claim-customer-name-label = Customer name
cpor-claim-customer-name-error-required = Enter the customer's name
cpor-claim-isv-solution-name-label = Name of the ISV product or solution
cpor-claim-isv-solution-name-error-required = Enter the name of the ISV product or solution

cpor-claim-customer-contact-name-label = Name
cpor-claim-customer-contact-name-error-required = Enter the name of your customer's contact
cpor-claim-customer-contact-title-label = Job title
cpor-claim-customer-contact-title-error-required = Enter the job title of your customer's contact
cpor-claim-customer-contact-email-label = Email address
cpor-claim-customer-contact-email-error-required = Enter the email address of your customer's contact
cpor-claim-customer-contact-email-error-format = Enter an email address in the correct format, like name@example.com

cpor-claim-technical-contact-name-label = Name
cpor-claim-technical-contact-name-error-required = Enter the name of your customer's technical contact
cpor-claim-technical-contact-title-label = Job title
cpor-claim-technical-contact-title-error-required = Enter the job title of your customer's technical contact
cpor-claim-technical-contact-email-label = Email address
cpor-claim-technical-contact-email-error-required = Enter the email address of your customer's technical contact
cpor-claim-technical-contact-email-error-format = Enter an email address in the correct format, like name@example.com

cpor-claim-partner-contact-name-label = Name
cpor-claim-partner-contact-name-error-required = Enter the name of your company's contact
cpor-claim-partner-contact-email-label = Email address
cpor-claim-partner-contact-email-error-required = Enter the email address of your company's contact
cpor-claim-partner-contact-email-error-format = Enter an email address in the correct format, like name@example.com

cpor-claim-claim-name-label = Claim name
cpor-claim-claim-name-hint = A name you choose for this claim, to find it again in Partner Center.
cpor-claim-claim-name-error-required = Enter a name for the claim

cpor-claim-products-label = Products or workloads
cpor-claim-products-hint = The products or workloads you are claiming, for example Exchange Online or Dynamics 365 Sales.
cpor-claim-products-error-required = Enter the products or workloads you are claiming

cpor-claim-subscription-id-label = Subscription ID
cpor-claim-subscription-id-hint = Only for Dynamics 365, when the product you claim has more than one subscription for this customer. A GUID, for example 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Enter the subscription ID in the correct format, like 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Proof of execution (PoE)
cpor-claim-proof-of-execution-hint = Describe the proof, such as a statement of work signed by the customer. You attach the document itself in Partner Center.
cpor-claim-proof-of-execution-error-required = Describe the proof of execution
