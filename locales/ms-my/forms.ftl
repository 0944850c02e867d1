# Rentetan borang (skema ID diterangkan di awal fail locales/en-us/forms.ftl).

## Shared

form-locale = ms-my
form-error-prefix = Ralat:{" "}
form-error-summary-title = Terdapat masalah
form-optional = (pilihan)
form-select-choose = Pilih satu pilihan
form-check = Semak tuntutan
form-download = Muat turun JSON
form-print = Cetak tuntutan
form-clear = Kosongkan borang
form-checklist-title = Senarai semak
form-checklist-progress = { $done } daripada { $total } item selesai
form-status-complete = Selesai
form-status-incomplete = Belum selesai
form-status-not-needed = Tidak diperlukan
form-draft-offer = Draf tuntutan ini disimpan dalam pelayar ini.
form-draft-offer-hint = Pulihkan draf untuk meneruskan, atau buang draf. Tiada apa-apa yang baharu disimpan sehingga anda memilih.
form-draft-restore = Pulihkan draf
form-draft-discard = Buang draf
form-draft-restored = Draf telah dipulihkan.
form-draft-discarded = Draf telah dibuang.
form-saved-locally = Apa yang anda masukkan disimpan dalam pelayar ini sahaja, sebagai draf untuk bahasa ini. Tiada apa-apa yang dihantar ke mana-mana.
form-no-script = Menyemak jawapan, menyimpan draf dan memuat turun memerlukan JavaScript. Anda masih boleh membaca dan mencetak borang ini.
form-cleared = Borang telah dikosongkan dan drafnya dialih keluar.
form-valid = Tiada masalah ditemui. Muat turun atau cetak tuntutan, kemudian masukkannya dalam Pusat Rakan Kongsi.
form-print-title = Ringkasan tuntutan

## CPOR claim

cpor-claim-title = Sediakan tuntutan perkaitan pelanggan anda
cpor-claim-intro = Masukkan maklumat yang diperlukan oleh tuntutan; maklumat ini disemak mengikut peraturan Pusat Rakan Kongsi. Kemudian muat turun atau cetak tuntutan, dan masukkannya dalam Pusat Rakan Kongsi.
cpor-claim-checklist-lead = Anda memerlukan maklumat berikut untuk melengkapkan tuntutan:
cpor-claim-terms-locale = ms-my

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Nama domain pelanggan
cpor-claim-item-3 = ID direktori (penyewa) pelanggan
cpor-claim-item-4 = Kawasan penyelesaian
cpor-claim-item-5 = Aktiviti dan jenis tuntutan
cpor-claim-item-6 = Kenalan pelanggan
cpor-claim-item-7 = Kenalan teknikal pelanggan (Dynamics 365)
cpor-claim-item-8 = Kenalan syarikat anda
cpor-claim-item-9 = Nama tuntutan
cpor-claim-item-10 = Produk atau beban kerja
cpor-claim-item-11 = Bukti pelaksanaan (PoE)
cpor-claim-item-12 = Butiran perkaitan hasil

# Nama medan yang dihitamkan dalam senarai semak artikel, seperti yang ditulis oleh terjemahan
# bahasa Melayu artikel (istilah Microsoft; korpus tiada artikel ms-my).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = nama domain
cpor-claim-term-directory-id = ID Direktori
cpor-claim-term-tenant-id = ID Penyewa
cpor-claim-term-solution-area = Kawasan penyelesaian
cpor-claim-term-activity = Aktiviti
cpor-claim-term-customer-contact-name = Nama kenalan
cpor-claim-term-technical-contact = kenalan teknikal
cpor-claim-term-partner-contact-name = Nama kenalan
cpor-claim-term-claim-name = nama
cpor-claim-term-products = Produk
cpor-claim-term-proof-of-execution = Bukti pelaksanaan
cpor-claim-term-dynamics-seller-name = Nama penjual penyelesaian Dynamics
cpor-claim-term-customer-name = Nama pelanggan
cpor-claim-term-isv-solution-name = Nama produk/penyelesaian ISV

cpor-claim-group-customer-contact = Kenalan pelanggan anda
cpor-claim-group-technical-contact = Kenalan teknikal pelanggan anda
cpor-claim-group-partner-contact = Kenalan syarikat anda
cpor-claim-required-when-solution-area-business-applications = Diperlukan untuk tuntutan Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Hanya untuk tuntutan perkaitan hasil.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID Microsoft Partner Network bagi lokasi rakan kongsi yang membuat tuntutan, dalam digit sahaja, contohnya 1234567.
cpor-claim-mpn-id-error-required = Masukkan ID MPN anda
cpor-claim-mpn-id-error-format = ID MPN mesti mengandungi digit sahaja, seperti 1234567

cpor-claim-customer-domain-label = Nama domain pelanggan
cpor-claim-customer-domain-hint = Contohnya, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Masukkan nama domain pelanggan
cpor-claim-customer-domain-error-format = Masukkan nama domain dalam format yang betul, seperti contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID direktori (penyewa) pelanggan
cpor-claim-tenant-id-hint = ID direktori juga dipanggil ID penyewa: 32 digit perenambelasan dalam lima kumpulan, contohnya 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Masukkan ID direktori (penyewa) pelanggan
cpor-claim-tenant-id-error-format = Masukkan ID direktori (penyewa) dalam format yang betul, seperti 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Kawasan penyelesaian
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Pilih kawasan penyelesaian

cpor-claim-claim-type-label = Aktiviti dan jenis tuntutan
cpor-claim-claim-type-pre-sales = Prajualan
cpor-claim-claim-type-usage = Penggunaan
cpor-claim-claim-type-revenue-association = Perkaitan hasil
cpor-claim-claim-type-revenue-association-hint = Business Applications sahaja
cpor-claim-claim-type-revenue-association-error = Perkaitan hasil hanya untuk Business Applications: pilih Business Applications atau jenis tuntutan lain
cpor-claim-claim-type-error-required = Pilih jenis tuntutan

cpor-claim-dynamics-seller-name-label = Nama penjual penyelesaian Dynamics
cpor-claim-dynamics-seller-name-error-required = Masukkan nama penjual penyelesaian Dynamics
cpor-claim-customer-name-label = Nama pelanggan
cpor-claim-customer-name-error-required = Masukkan nama pelanggan
cpor-claim-isv-solution-name-label = Nama produk atau penyelesaian ISV
cpor-claim-isv-solution-name-error-required = Masukkan nama produk atau penyelesaian ISV

cpor-claim-customer-contact-name-label = Nama
cpor-claim-customer-contact-name-error-required = Masukkan nama kenalan pelanggan anda
cpor-claim-customer-contact-title-label = Jawatan
cpor-claim-customer-contact-title-error-required = Masukkan jawatan kenalan pelanggan anda
cpor-claim-customer-contact-email-label = Alamat e-mel
cpor-claim-customer-contact-email-error-required = Masukkan alamat e-mel kenalan pelanggan anda
cpor-claim-customer-contact-email-error-format = Masukkan alamat e-mel dalam format yang betul, seperti name@example.com

cpor-claim-technical-contact-name-label = Nama
cpor-claim-technical-contact-name-error-required = Masukkan nama kenalan teknikal pelanggan anda
cpor-claim-technical-contact-title-label = Jawatan
cpor-claim-technical-contact-title-error-required = Masukkan jawatan kenalan teknikal pelanggan anda
cpor-claim-technical-contact-email-label = Alamat e-mel
cpor-claim-technical-contact-email-error-required = Masukkan alamat e-mel kenalan teknikal pelanggan anda
cpor-claim-technical-contact-email-error-format = Masukkan alamat e-mel dalam format yang betul, seperti name@example.com

cpor-claim-partner-contact-name-label = Nama
cpor-claim-partner-contact-name-error-required = Masukkan nama kenalan syarikat anda
cpor-claim-partner-contact-email-label = Alamat e-mel
cpor-claim-partner-contact-email-error-required = Masukkan alamat e-mel kenalan syarikat anda
cpor-claim-partner-contact-email-error-format = Masukkan alamat e-mel dalam format yang betul, seperti name@example.com

cpor-claim-claim-name-label = Nama tuntutan
cpor-claim-claim-name-hint = Nama yang anda pilih untuk tuntutan ini, supaya anda dapat menemuinya semula dalam Pusat Rakan Kongsi.
cpor-claim-claim-name-error-required = Masukkan nama untuk tuntutan

cpor-claim-products-label = Produk atau beban kerja
cpor-claim-products-hint = Produk atau beban kerja yang anda tuntut, contohnya Exchange Online atau Dynamics 365 Sales.
cpor-claim-products-error-required = Masukkan produk atau beban kerja yang anda tuntut

cpor-claim-subscription-id-label = ID langganan
cpor-claim-subscription-id-hint = Hanya untuk Dynamics 365, apabila produk yang anda tuntut mempunyai lebih daripada satu langganan untuk pelanggan ini. GUID, contohnya 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Masukkan ID langganan dalam format yang betul, seperti 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bukti pelaksanaan (PoE)
cpor-claim-proof-of-execution-hint = Terangkan bukti tersebut, seperti pernyataan kerja yang ditandatangani oleh pelanggan. Dokumen itu sendiri anda lampirkan dalam Pusat Rakan Kongsi.
cpor-claim-proof-of-execution-error-required = Terangkan bukti pelaksanaan
