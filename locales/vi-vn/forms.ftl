# Chuỗi của biểu mẫu (quy ước ID được mô tả ở đầu tệp locales/en-us/forms.ftl).

## Shared

form-locale = vi-vn
form-error-prefix = Lỗi:{" "}
form-error-summary-title = Đã xảy ra sự cố
form-optional = (tùy chọn)
form-select-choose = Chọn một tùy chọn
form-check = Kiểm tra yêu cầu
form-download = Tải xuống JSON
form-print = In yêu cầu
form-clear = Xóa biểu mẫu
form-checklist-title = Danh sách kiểm tra
form-checklist-progress = Đã hoàn tất { $done }/{ $total } mục
form-status-complete = Đã hoàn tất
form-status-incomplete = Chưa hoàn tất
form-status-not-needed = Không cần
form-draft-offer = Bản nháp của yêu cầu này đã được lưu trong trình duyệt này.
form-draft-offer-hint = Khôi phục bản nháp để tiếp tục hoặc hủy bỏ bản nháp. Sẽ không có gì mới được lưu cho đến khi bạn chọn.
form-draft-restore = Khôi phục bản nháp
form-draft-discard = Hủy bỏ bản nháp
form-draft-restored = Đã khôi phục bản nháp.
form-draft-discarded = Đã hủy bỏ bản nháp.
form-saved-locally = Nội dung bạn nhập chỉ được giữ trong trình duyệt này, dưới dạng bản nháp cho ngôn ngữ này. Không có gì được gửi đi đâu cả.
form-no-script = Cần có JavaScript để kiểm tra câu trả lời, giữ bản nháp và tải xuống. Bạn vẫn có thể đọc và in biểu mẫu này.
form-cleared = Đã xóa biểu mẫu và gỡ bỏ bản nháp của biểu mẫu.
form-valid = Không tìm thấy sự cố nào. Hãy tải xuống hoặc in yêu cầu, sau đó nhập yêu cầu vào Trung tâm đối tác.
form-print-title = Tóm tắt yêu cầu

## CPOR claim

cpor-claim-title = Chuẩn bị yêu cầu liên kết khách hàng
cpor-claim-intro = Nhập thông tin mà yêu cầu cần; thông tin này được kiểm tra theo quy tắc của Trung tâm đối tác. Sau đó, tải xuống hoặc in yêu cầu và nhập yêu cầu vào Trung tâm đối tác.
cpor-claim-checklist-lead = Bạn sẽ cần thông tin sau để hoàn tất yêu cầu:
cpor-claim-terms-locale = vi-vn

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Tên miền của khách hàng
cpor-claim-item-3 = ID thư mục (đối tượng thuê) của khách hàng
cpor-claim-item-4 = Khu vực giải pháp
cpor-claim-item-5 = Hoạt động và loại yêu cầu
cpor-claim-item-6 = Người liên hệ của khách hàng
cpor-claim-item-7 = Người liên hệ kỹ thuật của khách hàng (Dynamics 365)
cpor-claim-item-8 = Người liên hệ của công ty bạn
cpor-claim-item-9 = Tên yêu cầu
cpor-claim-item-10 = Sản phẩm hoặc khối lượng công việc
cpor-claim-item-11 = Bằng chứng thực hiện (PoE)
cpor-claim-item-12 = Chi tiết liên kết doanh thu

# Tên trường in đậm trong danh sách kiểm tra của bài viết, như bản dịch tiếng Việt của bài viết
# ghi (thuật ngữ của Microsoft; kho ngữ liệu không có bài viết vi-vn).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = tên miền
cpor-claim-term-directory-id = ID thư mục
cpor-claim-term-tenant-id = ID đối tượng thuê
cpor-claim-term-solution-area = Khu vực giải pháp
cpor-claim-term-activity = Hoạt động
cpor-claim-term-customer-contact-name = Tên liên hệ
cpor-claim-term-technical-contact = liên hệ kỹ thuật
cpor-claim-term-partner-contact-name = Tên liên hệ
cpor-claim-term-claim-name = tên
cpor-claim-term-products = Sản phẩm
cpor-claim-term-proof-of-execution = Bằng chứng thực hiện
cpor-claim-term-dynamics-seller-name = Tên người bán giải pháp Dynamics
cpor-claim-term-customer-name = Tên khách hàng
cpor-claim-term-isv-solution-name = Tên sản phẩm/giải pháp ISV

cpor-claim-group-customer-contact = Người liên hệ của khách hàng
cpor-claim-group-technical-contact = Người liên hệ kỹ thuật của khách hàng
cpor-claim-group-partner-contact = Người liên hệ của công ty bạn
cpor-claim-required-when-solution-area-business-applications = Bắt buộc đối với yêu cầu Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Chỉ dành cho yêu cầu liên kết doanh thu.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID Microsoft Partner Network của địa điểm đối tác đưa ra yêu cầu, chỉ gồm chữ số, ví dụ 1234567.
cpor-claim-mpn-id-error-required = Nhập ID MPN của bạn
cpor-claim-mpn-id-error-format = ID MPN chỉ được chứa chữ số, ví dụ 1234567

cpor-claim-customer-domain-label = Tên miền của khách hàng
cpor-claim-customer-domain-hint = Ví dụ: contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Nhập tên miền của khách hàng
cpor-claim-customer-domain-error-format = Nhập tên miền theo định dạng đúng, ví dụ contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID thư mục (đối tượng thuê) của khách hàng
cpor-claim-tenant-id-hint = ID thư mục còn được gọi là ID đối tượng thuê: 32 chữ số thập lục phân trong năm nhóm, ví dụ 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Nhập ID thư mục (đối tượng thuê) của khách hàng
cpor-claim-tenant-id-error-format = Nhập ID thư mục (đối tượng thuê) theo định dạng đúng, ví dụ 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Khu vực giải pháp
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Chọn khu vực giải pháp

cpor-claim-claim-type-label = Hoạt động và loại yêu cầu
cpor-claim-claim-type-pre-sales = Trước bán hàng
cpor-claim-claim-type-usage = Sử dụng
cpor-claim-claim-type-revenue-association = Liên kết doanh thu
cpor-claim-claim-type-revenue-association-hint = Chỉ Business Applications
cpor-claim-claim-type-revenue-association-error = Liên kết doanh thu chỉ dành cho Business Applications: chọn Business Applications hoặc một loại yêu cầu khác
cpor-claim-claim-type-error-required = Chọn loại yêu cầu

cpor-claim-dynamics-seller-name-label = Tên người bán giải pháp Dynamics
cpor-claim-dynamics-seller-name-error-required = Nhập tên người bán giải pháp Dynamics
cpor-claim-customer-name-label = Tên khách hàng
cpor-claim-customer-name-error-required = Nhập tên khách hàng
cpor-claim-isv-solution-name-label = Tên sản phẩm hoặc giải pháp ISV
cpor-claim-isv-solution-name-error-required = Nhập tên sản phẩm hoặc giải pháp ISV

cpor-claim-customer-contact-name-label = Tên
cpor-claim-customer-contact-name-error-required = Nhập tên người liên hệ của khách hàng
cpor-claim-customer-contact-title-label = Chức danh
cpor-claim-customer-contact-title-error-required = Nhập chức danh của người liên hệ của khách hàng
cpor-claim-customer-contact-email-label = Địa chỉ email
cpor-claim-customer-contact-email-error-required = Nhập địa chỉ email của người liên hệ của khách hàng
cpor-claim-customer-contact-email-error-format = Nhập địa chỉ email theo định dạng đúng, ví dụ name@example.com

cpor-claim-technical-contact-name-label = Tên
cpor-claim-technical-contact-name-error-required = Nhập tên người liên hệ kỹ thuật của khách hàng
cpor-claim-technical-contact-title-label = Chức danh
cpor-claim-technical-contact-title-error-required = Nhập chức danh của người liên hệ kỹ thuật của khách hàng
cpor-claim-technical-contact-email-label = Địa chỉ email
cpor-claim-technical-contact-email-error-required = Nhập địa chỉ email của người liên hệ kỹ thuật của khách hàng
cpor-claim-technical-contact-email-error-format = Nhập địa chỉ email theo định dạng đúng, ví dụ name@example.com

cpor-claim-partner-contact-name-label = Tên
cpor-claim-partner-contact-name-error-required = Nhập tên người liên hệ của công ty bạn
cpor-claim-partner-contact-email-label = Địa chỉ email
cpor-claim-partner-contact-email-error-required = Nhập địa chỉ email của người liên hệ của công ty bạn
cpor-claim-partner-contact-email-error-format = Nhập địa chỉ email theo định dạng đúng, ví dụ name@example.com

cpor-claim-claim-name-label = Tên yêu cầu
cpor-claim-claim-name-hint = Tên bạn chọn cho yêu cầu này để tìm lại yêu cầu trong Trung tâm đối tác.
cpor-claim-claim-name-error-required = Nhập tên cho yêu cầu

cpor-claim-products-label = Sản phẩm hoặc khối lượng công việc
cpor-claim-products-hint = Sản phẩm hoặc khối lượng công việc mà bạn yêu cầu, ví dụ Exchange Online hoặc Dynamics 365 Sales.
cpor-claim-products-error-required = Nhập sản phẩm hoặc khối lượng công việc mà bạn yêu cầu

cpor-claim-subscription-id-label = ID đăng ký
cpor-claim-subscription-id-hint = Chỉ dành cho Dynamics 365, khi sản phẩm bạn yêu cầu có nhiều gói đăng ký cho khách hàng này. Một GUID, ví dụ 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Nhập ID đăng ký theo định dạng đúng, ví dụ 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bằng chứng thực hiện (PoE)
cpor-claim-proof-of-execution-hint = Mô tả bằng chứng, chẳng hạn như bản mô tả công việc có chữ ký của khách hàng. Bạn đính kèm chính tài liệu đó trong Trung tâm đối tác.
cpor-claim-proof-of-execution-error-required = Mô tả bằng chứng thực hiện
