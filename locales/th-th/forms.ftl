# สตริงของฟอร์ม (รูปแบบ ID ของข้อความอธิบายไว้ที่ตอนต้นของ locales/en-us/forms.ftl)

## Shared

form-locale = th-th
form-error-prefix = ข้อผิดพลาด:{" "}
form-error-summary-title = มีปัญหา
form-optional = (ไม่บังคับ)
form-select-choose = เลือกตัวเลือก
form-check = ตรวจสอบการอ้างสิทธิ์
form-download = ดาวน์โหลด JSON
form-print = พิมพ์การอ้างสิทธิ์
form-clear = ล้างฟอร์ม
form-checklist-title = รายการตรวจสอบ
form-checklist-progress = เสร็จสมบูรณ์ { $done } จาก { $total } รายการ
form-status-complete = เสร็จสมบูรณ์
form-status-incomplete = ยังไม่เสร็จสมบูรณ์
form-status-not-needed = ไม่จำเป็น
form-draft-offer = มีฉบับร่างของการอ้างสิทธิ์นี้บันทึกไว้ในเบราว์เซอร์นี้
form-draft-offer-hint = คืนค่าฉบับร่างเพื่อทำต่อ หรือละทิ้งฉบับร่าง จะไม่มีการบันทึกสิ่งใหม่จนกว่าคุณจะเลือก
form-draft-restore = คืนค่าฉบับร่าง
form-draft-discard = ละทิ้งฉบับร่าง
form-draft-restored = คืนค่าฉบับร่างแล้ว
form-draft-discarded = ละทิ้งฉบับร่างแล้ว
form-saved-locally = ข้อมูลที่คุณใส่จะเก็บไว้ในเบราว์เซอร์นี้เท่านั้น เป็นฉบับร่างสำหรับภาษานี้ และจะไม่มีการส่งไปที่ใด
form-no-script = การตรวจสอบคำตอบ การเก็บฉบับร่าง และการดาวน์โหลดต้องใช้ JavaScript คุณยังคงอ่านและพิมพ์ฟอร์มนี้ได้
form-cleared = ล้างฟอร์มและลบฉบับร่างของฟอร์มแล้ว
form-valid = ไม่พบปัญหา ดาวน์โหลดหรือพิมพ์การอ้างสิทธิ์ แล้วใส่ข้อมูลนั้นในศูนย์พันธมิตร
form-print-title = สรุปการอ้างสิทธิ์

## CPOR claim

cpor-claim-title = เตรียมการอ้างสิทธิ์การเชื่อมโยงลูกค้าของคุณ
cpor-claim-intro = ใส่ข้อมูลที่การอ้างสิทธิ์ต้องใช้ ซึ่งจะได้รับการตรวจสอบตามกฎของศูนย์พันธมิตร จากนั้นดาวน์โหลดหรือพิมพ์การอ้างสิทธิ์ แล้วใส่ข้อมูลนั้นในศูนย์พันธมิตร
cpor-claim-checklist-lead = คุณจะต้องมีข้อมูลต่อไปนี้เพื่อทำการอ้างสิทธิ์ให้เสร็จสมบูรณ์:
cpor-claim-terms-locale = th-th

cpor-claim-item-1 = รหัส MPN
cpor-claim-item-2 = ชื่อโดเมนของลูกค้า
cpor-claim-item-3 = รหัสไดเรกทอรี (ผู้เช่า) ของลูกค้า
cpor-claim-item-4 = พื้นที่โซลูชัน
cpor-claim-item-5 = กิจกรรมและประเภทการอ้างสิทธิ์
cpor-claim-item-6 = ผู้ติดต่อของลูกค้า
cpor-claim-item-7 = ผู้ติดต่อด้านเทคนิคของลูกค้า (Dynamics 365)
cpor-claim-item-8 = ผู้ติดต่อของบริษัทคุณ
cpor-claim-item-9 = ชื่อการอ้างสิทธิ์
cpor-claim-item-10 = ผลิตภัณฑ์หรือปริมาณงาน
cpor-claim-item-11 = หลักฐานการดำเนินการ (PoE)
cpor-claim-item-12 = รายละเอียดการเชื่อมโยงรายได้

# ชื่อเขตข้อมูลที่เป็นตัวหนาในรายการตรวจสอบของบทความ ตามที่บทความฉบับแปลภาษาไทยเขียนไว้
# (คำศัพท์ของ Microsoft ไม่มีบทความ th-th ในคลังข้อมูล)
cpor-claim-term-mpn-id = รหัส MPN
cpor-claim-term-domain-name = ชื่อโดเมน
cpor-claim-term-directory-id = รหัสไดเรกทอรี
cpor-claim-term-tenant-id = รหัสผู้เช่า
cpor-claim-term-solution-area = พื้นที่โซลูชัน
cpor-claim-term-activity = กิจกรรม
cpor-claim-term-customer-contact-name = ชื่อผู้ติดต่อ
cpor-claim-term-technical-contact = ผู้ติดต่อด้านเทคนิค
cpor-claim-term-partner-contact-name = ชื่อผู้ติดต่อ
cpor-claim-term-claim-name = ชื่อ
cpor-claim-term-products = ผลิตภัณฑ์
cpor-claim-term-proof-of-execution = หลักฐานการดำเนินการ
cpor-claim-term-dynamics-seller-name = ชื่อผู้ขายโซลูชัน Dynamics
cpor-claim-term-customer-name = ชื่อลูกค้า
cpor-claim-term-isv-solution-name = ชื่อผลิตภัณฑ์/โซลูชัน ISV

cpor-claim-group-customer-contact = ผู้ติดต่อของลูกค้าของคุณ
cpor-claim-group-technical-contact = ผู้ติดต่อด้านเทคนิคของลูกค้าของคุณ
cpor-claim-group-partner-contact = ผู้ติดต่อของบริษัทคุณ
cpor-claim-required-when-solution-area-business-applications = จำเป็นสำหรับการอ้างสิทธิ์ Business Applications (Dynamics 365)
cpor-claim-shown-when-claim-type-revenue-association = สำหรับการอ้างสิทธิ์การเชื่อมโยงรายได้เท่านั้น

cpor-claim-mpn-id-label = รหัส MPN
cpor-claim-mpn-id-hint = รหัส Microsoft Partner Network ของตำแหน่งที่ตั้งพันธมิตรที่ทำการอ้างสิทธิ์ เป็นตัวเลขเท่านั้น ตัวอย่างเช่น 1234567
cpor-claim-mpn-id-error-required = ใส่รหัส MPN ของคุณ
cpor-claim-mpn-id-error-format = รหัส MPN ต้องมีเฉพาะตัวเลข เช่น 1234567

cpor-claim-customer-domain-label = ชื่อโดเมนของลูกค้า
cpor-claim-customer-domain-hint = ตัวอย่างเช่น contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = ใส่ชื่อโดเมนของลูกค้า
cpor-claim-customer-domain-error-format = ใส่ชื่อโดเมนในรูปแบบที่ถูกต้อง เช่น contoso.onmicrosoft.com

cpor-claim-tenant-id-label = รหัสไดเรกทอรี (ผู้เช่า) ของลูกค้า
cpor-claim-tenant-id-hint = รหัสไดเรกทอรีเรียกอีกอย่างว่ารหัสผู้เช่า คือเลขฐานสิบหก 32 หลักที่แบ่งเป็นห้ากลุ่ม ตัวอย่างเช่น 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f
cpor-claim-tenant-id-error-required = ใส่รหัสไดเรกทอรี (ผู้เช่า) ของลูกค้า
cpor-claim-tenant-id-error-format = ใส่รหัสไดเรกทอรี (ผู้เช่า) ในรูปแบบที่ถูกต้อง เช่น 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = พื้นที่โซลูชัน
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = เลือกพื้นที่โซลูชัน

cpor-claim-claim-type-label = กิจกรรมและประเภทการอ้างสิทธิ์
cpor-claim-claim-type-pre-sales = ก่อนการขาย
cpor-claim-claim-type-usage = การใช้งาน
cpor-claim-claim-type-revenue-association = การเชื่อมโยงรายได้
cpor-claim-claim-type-revenue-association-hint = Business Applications เท่านั้น
cpor-claim-claim-type-revenue-association-error = การเชื่อมโยงรายได้ใช้ได้กับ Business Applications เท่านั้น: เลือก Business Applications หรือประเภทการอ้างสิทธิ์อื่น
cpor-claim-claim-type-error-required = เลือกประเภทการอ้างสิทธิ์

cpor-claim-dynamics-seller-name-label = ชื่อผู้ขายโซลูชัน Dynamics
cpor-claim-dynamics-seller-name-error-required = ใส่ชื่อผู้ขายโซลูชัน Dynamics
cpor-claim-customer-name-label = ชื่อลูกค้า
cpor-claim-customer-name-error-required = ใส่ชื่อของลูกค้า
cpor-claim-isv-solution-name-label = ชื่อผลิตภัณฑ์หรือโซลูชัน ISV
cpor-claim-isv-solution-name-error-required = ใส่ชื่อผลิตภัณฑ์หรือโซลูชัน ISV

cpor-claim-customer-contact-name-label = ชื่อ
cpor-claim-customer-contact-name-error-required = ใส่ชื่อผู้ติดต่อของลูกค้าของคุณ
cpor-claim-customer-contact-title-label = ตำแหน่งงาน
cpor-claim-customer-contact-title-error-required = ใส่ตำแหน่งงานของผู้ติดต่อของลูกค้าของคุณ
cpor-claim-customer-contact-email-label = ที่อยู่อีเมล
cpor-claim-customer-contact-email-error-required = ใส่ที่อยู่อีเมลของผู้ติดต่อของลูกค้าของคุณ
cpor-claim-customer-contact-email-error-format = ใส่ที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com

cpor-claim-technical-contact-name-label = ชื่อ
cpor-claim-technical-contact-name-error-required = ใส่ชื่อผู้ติดต่อด้านเทคนิคของลูกค้าของคุณ
cpor-claim-technical-contact-title-label = ตำแหน่งงาน
cpor-claim-technical-contact-title-error-required = ใส่ตำแหน่งงานของผู้ติดต่อด้านเทคนิคของลูกค้าของคุณ
cpor-claim-technical-contact-email-label = ที่อยู่อีเมล
cpor-claim-technical-contact-email-error-required = ใส่ที่อยู่อีเมลของผู้ติดต่อด้านเทคนิคของลูกค้าของคุณ
cpor-claim-technical-contact-email-error-format = ใส่ที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com

cpor-claim-partner-contact-name-label = ชื่อ
cpor-claim-partner-contact-name-error-required = ใส่ชื่อผู้ติดต่อของบริษัทคุณ
cpor-claim-partner-contact-email-label = ที่อยู่อีเมล
cpor-claim-partner-contact-email-error-required = ใส่ที่อยู่อีเมลของผู้ติดต่อของบริษัทคุณ
cpor-claim-partner-contact-email-error-format = ใส่ที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com

cpor-claim-claim-name-label = ชื่อการอ้างสิทธิ์
cpor-claim-claim-name-hint = ชื่อที่คุณเลือกสำหรับการอ้างสิทธิ์นี้ เพื่อให้ค้นหาได้อีกครั้งในศูนย์พันธมิตร
cpor-claim-claim-name-error-required = ใส่ชื่อสำหรับการอ้างสิทธิ์

cpor-claim-products-label = ผลิตภัณฑ์หรือปริมาณงาน
cpor-claim-products-hint = ผลิตภัณฑ์หรือปริมาณงานที่คุณอ้างสิทธิ์ ตัวอย่างเช่น Exchange Online หรือ Dynamics 365 Sales
cpor-claim-products-error-required = ใส่ผลิตภัณฑ์หรือปริมาณงานที่คุณอ้างสิทธิ์

cpor-claim-subscription-id-label = รหัสการสมัครใช้งาน
cpor-claim-subscription-id-hint = สำหรับ Dynamics 365 เท่านั้น เมื่อผลิตภัณฑ์ที่คุณอ้างสิทธิ์มีการสมัครใช้งานมากกว่าหนึ่งรายการสำหรับลูกค้ารายนี้ เป็น GUID ตัวอย่างเช่น 3fa85f64-5717-4562-b3fc-2c963f66afa6
cpor-claim-subscription-id-error-format = ใส่รหัสการสมัครใช้งานในรูปแบบที่ถูกต้อง เช่น 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = หลักฐานการดำเนินการ (PoE)
cpor-claim-proof-of-execution-hint = อธิบายหลักฐาน เช่น ขอบเขตของงานที่ลูกค้าลงนามแล้ว ส่วนตัวเอกสารนั้นคุณแนบในศูนย์พันธมิตร
cpor-claim-proof-of-execution-error-required = อธิบายหลักฐานการดำเนินการ
