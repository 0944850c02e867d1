# Form dizeleri (kimlik şeması locales/en-us/forms.ftl dosyasının başında açıklanır).

## Shared

form-locale = tr-tr
form-error-prefix = Hata:{" "}
form-error-summary-title = Bir sorun var
form-optional = (isteğe bağlı)
form-select-choose = Bir seçenek belirleyin
form-check = Talebi denetle
form-download = JSON'u indir
form-print = Talebi yazdır
form-clear = Formu temizle
form-checklist-title = Denetim listesi
form-checklist-progress = Tamamlanan öğeler: { $done }/{ $total }
form-status-complete = Tamamlandı
form-status-incomplete = Tamamlanmadı
form-status-not-needed = Gerekli değil
form-draft-offer = Bu talebin bir taslağı bu tarayıcıda kayıtlı.
form-draft-offer-hint = Devam etmek için taslağı geri yükleyin veya atın. Siz seçim yapana kadar yeni bir şey kaydedilmez.
form-draft-restore = Taslağı geri yükle
form-draft-discard = Taslağı at
form-draft-restored = Taslak geri yüklendi.
form-draft-discarded = Taslak atıldı.
form-saved-locally = Girdikleriniz bu dil için bir taslak olarak yalnızca bu tarayıcıda tutulur. Hiçbir yere bir şey gönderilmez.
form-no-script = Yanıtları denetlemek, taslak tutmak ve indirmek için JavaScript gerekir. Bu formu yine de okuyabilir ve yazdırabilirsiniz.
form-cleared = Form temizlendi ve taslağı kaldırıldı.
form-valid = Sorun bulunamadı. Talebi indirin veya yazdırın, ardından İş Ortağı Merkezi'ne girin.
form-print-title = Talep özeti

## CPOR claim

cpor-claim-title = Müşteri ilişkilendirme talebinizi hazırlayın
cpor-claim-intro = Talep için gerekenleri girin; bunlar İş Ortağı Merkezi kurallarına göre denetlenir. Ardından talebi indirin veya yazdırın ve İş Ortağı Merkezi'ne girin.
cpor-claim-checklist-lead = Bir talebi tamamlamak için aşağıdaki bilgilere ihtiyacınız olacak:
cpor-claim-terms-locale = tr-tr

cpor-claim-item-1 = MPN Kimliği
cpor-claim-item-2 = Müşterinin etki alanı adı
cpor-claim-item-3 = Müşterinin dizin (kiracı) kimliği
cpor-claim-item-4 = Çözüm alanı
cpor-claim-item-5 = Etkinlik ve talep türü
cpor-claim-item-6 = Müşterinin ilgili kişisi
cpor-claim-item-7 = Müşterinin teknik ilgili kişisi (Dynamics 365)
cpor-claim-item-8 = Şirketinizin ilgili kişisi
cpor-claim-item-9 = Talep adı
cpor-claim-item-10 = Ürünler veya iş yükleri
cpor-claim-item-11 = Yürütme kanıtı (PoE)
cpor-claim-item-12 = Gelir ilişkilendirmesi ayrıntıları

# Makalenin denetim listesinde kalın yazılan alan adları, makalenin Türkçe çevirisinin yazdığı
# biçimde (Microsoft terminolojisi; derlemde tr-tr makalesi yok).
cpor-claim-term-mpn-id = MPN Kimliği
cpor-claim-term-domain-name = etki alanı adı
cpor-claim-term-directory-id = Dizin Kimliği
cpor-claim-term-tenant-id = Kiracı Kimliği
cpor-claim-term-solution-area = Çözüm alanı
cpor-claim-term-activity = Etkinlik
cpor-claim-term-customer-contact-name = ilgili kişi adı
cpor-claim-term-technical-contact = teknik ilgili kişi
cpor-claim-term-partner-contact-name = ilgili kişi adı
cpor-claim-term-claim-name = ad
cpor-claim-term-products = Ürünler
cpor-claim-term-proof-of-execution = Yürütme kanıtı
cpor-claim-term-dynamics-seller-name = Dynamics çözümü satıcısının adı
cpor-claim-term-customer-name = Müşteri adı
cpor-claim-term-isv-solution-name = ISV ürününün/çözümünün adı

cpor-claim-group-customer-contact = Müşterinizin ilgili kişisi
cpor-claim-group-technical-contact = Müşterinizin teknik ilgili kişisi
cpor-claim-group-partner-contact = Şirketinizin ilgili kişisi
cpor-claim-required-when-solution-area-business-applications = Business Applications (Dynamics 365) talepleri için zorunludur.
cpor-claim-shown-when-claim-type-revenue-association = Yalnızca gelir ilişkilendirmesi talepleri için.

cpor-claim-mpn-id-label = MPN Kimliği
cpor-claim-mpn-id-hint = Talebi yapan iş ortağı konumunun Microsoft Partner Network kimliği, yalnızca rakamlar, örneğin 1234567.
cpor-claim-mpn-id-error-required = MPN Kimliğinizi girin
cpor-claim-mpn-id-error-format = MPN Kimliği yalnızca rakam içermelidir, örneğin 1234567

cpor-claim-customer-domain-label = Müşterinin etki alanı adı
cpor-claim-customer-domain-hint = Örneğin, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Müşterinin etki alanı adını girin
cpor-claim-customer-domain-error-format = Etki alanı adını doğru biçimde girin, örneğin contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Müşterinin dizin (kiracı) kimliği
cpor-claim-tenant-id-hint = Dizin kimliği, kiracı kimliği olarak da adlandırılır: beş gruba ayrılmış 32 onaltılık basamak, örneğin 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Müşterinin dizin (kiracı) kimliğini girin
cpor-claim-tenant-id-error-format = Dizin (kiracı) kimliğini doğru biçimde girin, örneğin 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Çözüm alanı
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Çözüm alanını seçin

cpor-claim-claim-type-label = Etkinlik ve talep türü
cpor-claim-claim-type-pre-sales = Satış öncesi
cpor-claim-claim-type-usage = Kullanım
cpor-claim-claim-type-revenue-association = Gelir ilişkilendirmesi
cpor-claim-claim-type-revenue-association-hint = Yalnızca Business Applications
cpor-claim-claim-type-revenue-association-error = Gelir ilişkilendirmesi yalnızca Business Applications için geçerlidir: Business Applications'ı veya başka bir talep türünü seçin
cpor-claim-claim-type-error-required = Talep türünü seçin

cpor-claim-dynamics-seller-name-label = Dynamics çözümü satıcısının adı
cpor-claim-dynamics-seller-name-error-required = Dynamics çözümü satıcısının adını girin
cpor-claim-customer-name-label = Müşteri adı
cpor-claim-customer-name-error-required = Müşterinin adını girin
cpor-claim-isv-solution-name-label = ISV ürününün veya çözümünün adı
cpor-claim-isv-solution-name-error-required = ISV ürününün veya çözümünün adını girin

cpor-claim-customer-contact-name-label = Ad
cpor-claim-customer-contact-name-error-required = Müşterinizin ilgili kişisinin adını girin
cpor-claim-customer-contact-title-label = Unvan
cpor-claim-customer-contact-title-error-required = Müşterinizin ilgili kişisinin unvanını girin
cpor-claim-customer-contact-email-label = E-posta adresi
cpor-claim-customer-contact-email-error-required = Müşterinizin ilgili kişisinin e-posta adresini girin
cpor-claim-customer-contact-email-error-format = E-posta adresini doğru biçimde girin, örneğin name@example.com

cpor-claim-technical-contact-name-label = Ad
cpor-claim-technical-contact-name-error-required = Müşterinizin teknik ilgili kişisinin adını girin
cpor-claim-technical-contact-title-label = Unvan
cpor-claim-technical-contact-title-error-required = Müşterinizin teknik ilgili kişisinin unvanını girin
cpor-claim-technical-contact-email-label = E-posta adresi
cpor-claim-technical-contact-email-error-required = Müşterinizin teknik ilgili kişisinin e-posta adresini girin
cpor-claim-technical-contact-email-error-format = E-posta adresini doğru biçimde girin, örneğin name@example.com

cpor-claim-partner-contact-name-label = Ad
cpor-claim-partner-contact-name-error-required = Şirketinizin ilgili kişisinin adını girin
cpor-claim-partner-contact-email-label = E-posta adresi
cpor-claim-partner-contact-email-error-required = Şirketinizin ilgili kişisinin e-posta adresini girin
cpor-claim-partner-contact-email-error-format = E-posta adresini doğru biçimde girin, örneğin name@example.com

cpor-claim-claim-name-label = Talep adı
cpor-claim-claim-name-hint = Bu talebi İş Ortağı Merkezi'nde yeniden bulmak için seçtiğiniz bir ad.
cpor-claim-claim-name-error-required = Talep için bir ad girin

cpor-claim-products-label = Ürünler veya iş yükleri
cpor-claim-products-hint = Talep ettiğiniz ürünler veya iş yükleri, örneğin Exchange Online veya Dynamics 365 Sales.
cpor-claim-products-error-required = Talep ettiğiniz ürünleri veya iş yüklerini girin

cpor-claim-subscription-id-label = Abonelik kimliği
cpor-claim-subscription-id-hint = Yalnızca Dynamics 365 için, talep ettiğiniz ürünün bu müşteri için birden fazla aboneliği olduğunda. Bir GUID, örneğin 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Abonelik kimliğini doğru biçimde girin, örneğin 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Yürütme kanıtı (PoE)
cpor-claim-proof-of-execution-hint = Kanıtı açıklayın; örneğin müşteri tarafından imzalanmış bir iş tanımı. Belgenin kendisini İş Ortağı Merkezi'nde eklersiniz.
cpor-claim-proof-of-execution-error-required = Yürütme kanıtını açıklayın
