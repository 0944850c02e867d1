# String formulir (skema ID dijelaskan di awal file locales/en-us/forms.ftl).

## Shared

form-locale = id-id
form-error-prefix = Kesalahan:{" "}
form-error-summary-title = Ada masalah
form-optional = (opsional)
form-select-choose = Pilih opsi
form-check = Periksa klaim
form-download = Unduh JSON
form-print = Cetak klaim
form-clear = Kosongkan formulir
form-checklist-title = Daftar periksa
form-checklist-progress = { $done } dari { $total } item selesai
form-status-complete = Selesai
form-status-incomplete = Belum selesai
form-status-not-needed = Tidak diperlukan
form-draft-offer = Draf klaim ini tersimpan di browser ini.
form-draft-offer-hint = Pulihkan draf untuk melanjutkan, atau buang draf. Tidak ada yang baru disimpan sampai Anda memilih.
form-draft-restore = Pulihkan draf
form-draft-discard = Buang draf
form-draft-restored = Draf telah dipulihkan.
form-draft-discarded = Draf telah dibuang.
form-saved-locally = Yang Anda masukkan hanya disimpan di browser ini, sebagai draf untuk bahasa ini. Tidak ada yang dikirim ke mana pun.
form-no-script = Memeriksa jawaban, menyimpan draf, dan mengunduh memerlukan JavaScript. Anda masih dapat membaca dan mencetak formulir ini.
form-cleared = Formulir telah dikosongkan dan drafnya dihapus.
form-valid = Tidak ditemukan masalah. Unduh atau cetak klaim, lalu masukkan di Pusat Mitra.
form-print-title = Ringkasan klaim

## CPOR claim

cpor-claim-title = Siapkan klaim asosiasi pelanggan Anda
cpor-claim-intro = Masukkan informasi yang diperlukan klaim; informasi ini diperiksa sesuai aturan Pusat Mitra. Lalu unduh atau cetak klaim, dan masukkan di Pusat Mitra.
cpor-claim-checklist-lead = Anda memerlukan informasi berikut untuk menyelesaikan klaim:
cpor-claim-terms-locale = id-id

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Nama domain pelanggan
cpor-claim-item-3 = ID direktori (penyewa) pelanggan
cpor-claim-item-4 = Area solusi
cpor-claim-item-5 = Aktivitas dan jenis klaim
cpor-claim-item-6 = Kontak pelanggan
cpor-claim-item-7 = Kontak teknis pelanggan (Dynamics 365)
cpor-claim-item-8 = Kontak perusahaan Anda
cpor-claim-item-9 = Nama klaim
cpor-claim-item-10 = Produk atau beban kerja
cpor-claim-item-11 = Bukti eksekusi (PoE)
cpor-claim-item-12 = Detail asosiasi pendapatan

# Nama bidang yang dicetak tebal dalam daftar periksa artikel, seperti yang ditulis terjemahan
# bahasa Indonesia artikel (terminologi Microsoft; korpus tidak memiliki artikel id-id).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = nama domain
cpor-claim-term-directory-id = ID Direktori
cpor-claim-term-tenant-id = ID Penyewa
cpor-claim-term-solution-area = Area solusi
cpor-claim-term-activity = Aktivitas
cpor-claim-term-customer-contact-name = Nama kontak
cpor-claim-term-technical-contact = kontak teknis
cpor-claim-term-partner-contact-name = Nama kontak
cpor-claim-term-claim-name = nama
cpor-claim-term-products = Produk
cpor-claim-term-proof-of-execution = Bukti eksekusi
cpor-claim-term-dynamics-seller-name = Nama penjual solusi Dynamics
cpor-claim-term-customer-name = Nama pelanggan
cpor-claim-term-isv-solution-name = Nama produk/solusi ISV

cpor-claim-group-customer-contact = Kontak pelanggan Anda
cpor-claim-group-technical-contact = Kontak teknis pelanggan Anda
cpor-claim-group-partner-contact = Kontak perusahaan Anda
cpor-claim-required-when-solution-area-business-applications = Wajib untuk klaim Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Hanya untuk klaim asosiasi pendapatan.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = ID Microsoft Partner Network dari lokasi mitra yang mengajukan klaim, hanya angka, misalnya 1234567.
cpor-claim-mpn-id-error-required = Masukkan ID MPN Anda
cpor-claim-mpn-id-error-format = ID MPN hanya boleh berisi angka, seperti 1234567

cpor-claim-customer-domain-label = Nama domain pelanggan
cpor-claim-customer-domain-hint = Misalnya, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Masukkan nama domain pelanggan
cpor-claim-customer-domain-error-format = Masukkan nama domain dalam format yang benar, seperti contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID direktori (penyewa) pelanggan
cpor-claim-tenant-id-hint = ID direktori juga disebut ID penyewa: 32 digit heksadesimal dalam lima kelompok, misalnya 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Masukkan ID direktori (penyewa) pelanggan
cpor-claim-tenant-id-error-format = Masukkan ID direktori (penyewa) dalam format yang benar, seperti 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Area solusi
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Pilih area solusi

cpor-claim-claim-type-label = Aktivitas dan jenis klaim
cpor-claim-claim-type-pre-sales = Prapenjualan
cpor-claim-claim-type-usage = Penggunaan
cpor-claim-claim-type-revenue-association = Asosiasi pendapatan
cpor-claim-claim-type-revenue-association-hint = Hanya Business Applications
cpor-claim-claim-type-revenue-association-error = Asosiasi pendapatan hanya untuk Business Applications: pilih Business Applications atau jenis klaim lain
cpor-claim-claim-type-error-required = Pilih jenis klaim

cpor-claim-dynamics-seller-name-label = Nama penjual solusi Dynamics
cpor-claim-dynamics-seller-name-error-required = Masukkan nama penjual solusi Dynamics
cpor-claim-customer-name-label = Nama pelanggan
cpor-claim-customer-name-error-required = Masukkan nama pelanggan
cpor-claim-isv-solution-name-label = Nama produk atau solusi ISV
cpor-claim-isv-solution-name-error-required = Masukkan nama produk atau solusi ISV

cpor-claim-customer-contact-name-label = Nama
cpor-claim-customer-contact-name-error-required = Masukkan nama kontak pelanggan Anda
cpor-claim-customer-contact-title-label = Jabatan
cpor-claim-customer-contact-title-error-required = Masukkan jabatan kontak pelanggan Anda
cpor-claim-customer-contact-email-label = Alamat email
cpor-claim-customer-contact-email-error-required = Masukkan alamat email kontak pelanggan Anda
cpor-claim-customer-contact-email-error-format = Masukkan alamat email dalam format yang benar, seperti name@example.com

cpor-claim-technical-contact-name-label = Nama
cpor-claim-technical-contact-name-error-required = Masukkan nama kontak teknis pelanggan Anda
cpor-claim-technical-contact-title-label = Jabatan
cpor-claim-technical-contact-title-error-required = Masukkan jabatan kontak teknis pelanggan Anda
cpor-claim-technical-contact-email-label = Alamat email
cpor-claim-technical-contact-email-error-required = Masukkan alamat email kontak teknis pelanggan Anda
cpor-claim-technical-contact-email-error-format = Masukkan alamat email dalam format yang benar, seperti name@example.com

cpor-claim-partner-contact-name-label = Nama
cpor-claim-partner-contact-name-error-required = Masukkan nama kontak perusahaan Anda
cpor-claim-partner-contact-email-label = Alamat email
cpor-claim-partner-contact-email-error-required = Masukkan alamat email kontak perusahaan Anda
cpor-claim-partner-contact-email-error-format = Masukkan alamat email dalam format yang benar, seperti name@example.com

cpor-claim-claim-name-label = Nama klaim
cpor-claim-claim-name-hint = Nama yang Anda pilih untuk klaim ini, agar dapat menemukannya lagi di Pusat Mitra.
cpor-claim-claim-name-error-required = Masukkan nama untuk klaim

cpor-claim-products-label = Produk atau beban kerja
cpor-claim-products-hint = Produk atau beban kerja yang Anda klaim, misalnya Exchange Online atau Dynamics 365 Sales.
cpor-claim-products-error-required = Masukkan produk atau beban kerja yang Anda klaim

cpor-claim-subscription-id-label = ID langganan
cpor-claim-subscription-id-hint = Hanya untuk Dynamics 365, jika produk yang Anda klaim memiliki lebih dari satu langganan untuk pelanggan ini. GUID, misalnya 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Masukkan ID langganan dalam format yang benar, seperti 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Bukti eksekusi (PoE)
cpor-claim-proof-of-execution-hint = Jelaskan buktinya, seperti pernyataan kerja yang ditandatangani pelanggan. Dokumennya sendiri Anda lampirkan di Pusat Mitra.
cpor-claim-proof-of-execution-error-required = Jelaskan bukti eksekusi
