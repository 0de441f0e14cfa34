<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kasir::AppContext</name>
    <message>
        <source>The training sandbox could not start (%1). Restart Kasir.</source>
        <translation>Sandbox latihan tidak dapat dijalankan (%1). Mulai ulang Kasir.</translation>
    </message>
</context>
<context>
    <name>kasir::AttemptReason</name>
    <message>
        <source>The answer from Faspay was lost after the bill was sent. It is not sent again; Kasir keeps checking. Start a new attempt only after confirming.</source>
        <translation>Jawaban Faspay hilang setelah tagihan dikirim. Tagihan tidak dikirim ulang; Kasir terus memeriksanya. Mulai percobaan baru hanya setelah dipastikan.</translation>
    </message>
    <message>
        <source>Faspay&apos;s answer carried a payment link that does not belong to this bill. Nothing was shown to the customer. Report this to the shop owner.</source>
        <translation>Jawaban Faspay berisi tautan pembayaran yang bukan milik tagihan ini. Tidak ada yang ditampilkan kepada pelanggan. Laporkan hal ini kepada pemilik toko.</translation>
    </message>
    <message>
        <source>Kasir stopped while sending this bill. It is not sent again; Kasir keeps checking for an answer.</source>
        <translation>Kasir berhenti saat mengirim tagihan ini. Tagihan tidak dikirim ulang; Kasir terus memeriksa jawabannya.</translation>
    </message>
    <message>
        <source>Faspay could not be reached; nothing was sent and nothing was charged. Check the network and press Pay again.</source>
        <translation>Faspay tidak dapat dihubungi; tidak ada yang terkirim dan tidak ada yang ditagih. Periksa jaringan, lalu tekan Bayar lagi.</translation>
    </message>
    <message>
        <source>Faspay refused the bill. Nothing was charged. Correct the sale or choose another provider.</source>
        <translation>Faspay menolak tagihan ini. Tidak ada yang ditagih. Perbaiki penjualan atau pilih penyedia lain.</translation>
    </message>
    <message>
        <source>Faspay refused Kasir&apos;s credentials or address. Nothing was charged. Check the merchant id, password and IP whitelist in Settings.</source>
        <translation>Faspay menolak kredensial atau alamat Kasir. Tidak ada yang ditagih. Periksa ID merchant, kata sandi, dan whitelist IP di Pengaturan.</translation>
    </message>
    <message>
        <source>Faspay reports a payment of a different amount. Do not hand over the goods; call the supervisor.</source>
        <translation>Faspay melaporkan pembayaran dengan jumlah berbeda. Jangan serahkan barang; panggil supervisor.</translation>
    </message>
    <message>
        <source>The customer paid while the bill was being cancelled. The money was taken: call the supervisor to complete the sale or arrange a refund.</source>
        <translation>Pelanggan membayar saat tagihan sedang dibatalkan. Uangnya sudah terpotong: panggil supervisor untuk menyelesaikan penjualan atau mengatur pengembalian dana.</translation>
    </message>
    <message>
        <source>Faspay cannot tell the status of this bill. Kasir keeps checking; call the supervisor if it stays like this.</source>
        <translation>Faspay tidak dapat memastikan status tagihan ini. Kasir terus memeriksanya; panggil supervisor jika tetap begini.</translation>
    </message>
    <message>
        <source>Faspay has not answered status checks for a while. Kasir keeps checking; check the network.</source>
        <translation>Faspay sudah beberapa lama tidak menjawab pemeriksaan status. Kasir terus memeriksanya; periksa jaringan.</translation>
    </message>
    <message>
        <source>The bill should have expired but Faspay still reports it open. Kasir keeps checking; call the supervisor if it stays like this.</source>
        <translation>Tagihan seharusnya sudah kedaluwarsa, tetapi Faspay masih melaporkannya terbuka. Kasir terus memeriksanya; panggil supervisor jika tetap begini.</translation>
    </message>
    <message>
        <source>Faspay reports a reversal for a bill that was never seen paid. Call the supervisor.</source>
        <translation>Faspay melaporkan pembatalan transaksi (reversal) untuk tagihan yang tidak pernah terlihat lunas. Panggil supervisor.</translation>
    </message>
    <message>
        <source>Settled by a supervisor.</source>
        <translation>Diselesaikan oleh supervisor.</translation>
    </message>
    <message>
        <source>Faspay already has a bill with this number (answer 14). It may belong to another sale, so no payment for it counts for this one. Nothing is sent again; call the supervisor to check the terminal code in Settings.</source>
        <translation>Faspay sudah punya tagihan dengan nomor ini (jawaban 14). Tagihan itu mungkin milik penjualan lain, jadi pembayarannya tidak dihitung untuk penjualan ini. Tidak ada yang dikirim ulang; panggil supervisor untuk memeriksa kode terminal di Pengaturan.</translation>
    </message>
    <message>
        <source>Faspay answered with an error after the bill was sent and may have recorded it. It is not sent again; ask the supervisor to check the bill in the Faspay merchant portal before a new attempt.</source>
        <translation>Faspay menjawab dengan galat setelah tagihan terkirim dan mungkin sudah mencatatnya. Tagihan tidak dikirim ulang; minta supervisor memeriksa tagihan di portal merchant Faspay sebelum mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>kasir::AttemptState</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Sedang dibatalkan</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Dikembalikan</translation>
    </message>
</context>
<context>
    <name>kasir::AttemptTexts</name>
    <message>
        <source>Sending to Faspay…</source>
        <translation>Mengirim ke Faspay…</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Menunggu pembayaran</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pembayaran gagal</translation>
    </message>
    <message>
        <source>Bill expired</source>
        <translation>Tagihan kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Refused by Faspay</source>
        <translation>Ditolak Faspay</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status tidak diketahui</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu ditangani</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Pembayaran dikembalikan</translation>
    </message>
    <message>
        <source>The bill is saved. Waiting for Faspay&apos;s answer; this takes a few seconds.</source>
        <translation>Tagihan sudah disimpan. Menunggu jawaban Faspay; biasanya beberapa detik.</translation>
    </message>
    <message>
        <source>Ask the customer to scan the QR code with their phone and approve the payment on the %1 page. Kasir checks the status by itself.</source>
        <translation>Minta pelanggan memindai kode QR dengan ponselnya dan menyetujui pembayaran di halaman %1. Kasir memeriksa statusnya sendiri.</translation>
    </message>
    <message>
        <source>Faspay confirmed the payment. Hand over the goods and offer the receipt.</source>
        <translation>Faspay mengonfirmasi pembayaran. Serahkan barang dan tawarkan struk.</translation>
    </message>
    <message>
        <source>The lender declined or the payment failed. Nothing was charged. Go back to the cart (Esc) to choose another way to pay.</source>
        <translation>Penyedia kredit menolak atau pembayaran gagal. Tidak ada yang ditagih. Kembali ke keranjang (Esc) untuk memilih cara bayar lain.</translation>
    </message>
    <message>
        <source>The bill expired before it was paid. Nothing was charged. Go back to the cart (Esc) to try again.</source>
        <translation>Tagihan kedaluwarsa sebelum dibayar. Tidak ada yang ditagih. Kembali ke keranjang (Esc) untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>The bill is cancelled at Faspay. Nothing will be charged. Go back to the cart (Esc) or start a new sale.</source>
        <translation>Tagihan sudah dibatalkan di Faspay. Tidak akan ada yang ditagih. Kembali ke keranjang (Esc) atau mulai penjualan baru.</translation>
    </message>
    <message>
        <source>%1 Nothing was charged. Go back to the cart (Esc) to fix the sale or choose another provider.</source>
        <translation>%1 Tidak ada yang ditagih. Kembali ke keranjang (Esc) untuk memperbaiki penjualan atau memilih penyedia lain.</translation>
    </message>
    <message>
        <source>%1 Kasir keeps checking. Do not hand over the goods until this shows Paid.</source>
        <translation>%1 Kasir terus memeriksa. Jangan serahkan barang sebelum di sini tertulis Lunas.</translation>
    </message>
    <message>
        <source>Asking Faspay to cancel the bill. If the customer paid in the meantime, Kasir will say so here.</source>
        <translation>Meminta Faspay membatalkan tagihan. Jika pelanggan sempat membayar, Kasir akan memberi tahu di sini.</translation>
    </message>
    <message>
        <source>The customer paid while the bill was being cancelled: Faspay has the money. Do not cancel again. Call a supervisor to refund or complete the sale. %1</source>
        <translation>Pelanggan membayar saat tagihan sedang dibatalkan: uangnya sudah diterima Faspay. Jangan batalkan lagi. Panggil supervisor untuk mengembalikan dana atau menyelesaikan penjualan. %1</translation>
    </message>
    <message>
        <source>%1 Call a supervisor.</source>
        <translation>%1 Panggil supervisor.</translation>
    </message>
    <message>
        <source>Faspay reversed this payment. Call a supervisor.</source>
        <translation>Faspay membatalkan (reversal) pembayaran ini. Panggil supervisor.</translation>
    </message>
    <message>
        <source>Faspay</source>
        <translation>Faspay</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>cek status</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>notifikasi</translation>
    </message>
    <message>
        <source>return page</source>
        <translation>halaman kembali</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasir</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Bill created</source>
        <translation>Tagihan dibuat</translation>
    </message>
    <message>
        <source>Saved, sending to Faspay</source>
        <translation>Disimpan, dikirim ke Faspay</translation>
    </message>
    <message>
        <source>Faspay not reached, sending the same bill again</source>
        <translation>Faspay tidak terjangkau, tagihan yang sama dikirim lagi</translation>
    </message>
    <message>
        <source>Faspay answered: bill accepted, payment page ready</source>
        <translation>Faspay menjawab: tagihan diterima, halaman pembayaran siap</translation>
    </message>
    <message>
        <source>Faspay answered: bill refused</source>
        <translation>Faspay menjawab: tagihan ditolak</translation>
    </message>
    <message>
        <source>Faspay answered, but the answer cannot be trusted</source>
        <translation>Faspay menjawab, tetapi jawabannya tidak dapat dipercaya</translation>
    </message>
    <message>
        <source>Faspay could not be reached; nothing was sent</source>
        <translation>Faspay tidak dapat dihubungi; tidak ada yang terkirim</translation>
    </message>
    <message>
        <source>No usable answer from Faspay; the bill may exist</source>
        <translation>Tidak ada jawaban yang dapat dipakai dari Faspay; tagihan mungkin sudah ada</translation>
    </message>
    <message>
        <source>Status checked: now %1</source>
        <translation>Status dicek: sekarang %1</translation>
    </message>
    <message>
        <source>Status checked: %1</source>
        <translation>Status dicek: %1</translation>
    </message>
    <message>
        <source>Status check failed; trying again</source>
        <translation>Cek status gagal; mencoba lagi</translation>
    </message>
    <message>
        <source>Check requested</source>
        <translation>Pemeriksaan diminta</translation>
    </message>
    <message>
        <source>Payment notification received</source>
        <translation>Notifikasi pembayaran diterima</translation>
    </message>
    <message>
        <source>Customer returned from the lender&apos;s page</source>
        <translation>Pelanggan kembali dari halaman penyedia kredit</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>Pembatalan diminta</translation>
    </message>
    <message>
        <source>Faspay answered the cancel: %1</source>
        <translation>Faspay menjawab pembatalan: %1</translation>
    </message>
    <message>
        <source>Cancel not confirmed yet; asking again</source>
        <translation>Pembatalan belum dikonfirmasi; meminta lagi</translation>
    </message>
    <message>
        <source>Expiry passed without a final answer</source>
        <translation>Batas waktu lewat tanpa jawaban akhir</translation>
    </message>
    <message>
        <source>Kasir was restarted while sending</source>
        <translation>Kasir dimulai ulang saat mengirim</translation>
    </message>
    <message>
        <source>Tracking resumed after a restart</source>
        <translation>Pemantauan dilanjutkan setelah mulai ulang</translation>
    </message>
    <message>
        <source>Settled by a supervisor: %1</source>
        <translation>Diselesaikan oleh supervisor: %1</translation>
    </message>
    <message>
        <source>Faspay transaction id learned from a notification</source>
        <translation>ID transaksi Faspay diketahui dari notifikasi</translation>
    </message>
</context>
<context>
    <name>kasir::BrowserPane</name>
    <message>
        <source>Reload the page</source>
        <translation>Muat ulang halaman</translation>
    </message>
    <message>
        <source>Close browser</source>
        <translation>Tutup browser</translation>
    </message>
    <message>
        <source>Back to the cashier</source>
        <translation>Kembali ke kasir</translation>
    </message>
    <message>
        <source>The lender&apos;s page is finished. Kasir is checking the payment with Faspay; the cashier&apos;s screen shows the result.</source>
        <translation>Halaman penyedia kredit sudah selesai. Kasir sedang memeriksa pembayaran ke Faspay; layar kasir menampilkan hasilnya.</translation>
    </message>
    <message>
        <source>This address cannot be opened here: only web pages of the payment gateway and the lenders are allowed.</source>
        <translation>Alamat ini tidak dapat dibuka di sini: hanya halaman gateway pembayaran dan penyedia kredit yang diizinkan.</translation>
    </message>
    <message>
        <source>The page is on %1, which is not the payment gateway or a known lender, so it is not opened. Let the customer scan the QR code instead, or add the host in Settings.</source>
        <translation>Halaman ada di %1, yang bukan gateway pembayaran atau penyedia kredit yang dikenal, jadi tidak dibuka. Minta pelanggan memindai kode QR, atau tambahkan host di Pengaturan.</translation>
    </message>
    <message>
        <source>Payment page finished</source>
        <translation>Halaman pembayaran selesai</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not valid. The page is not shown. Let the customer scan the QR code with their phone instead.</source>
        <translation>Koneksi aman ke %1 gagal: sertifikatnya tidak sah. Halaman tidak ditampilkan. Minta pelanggan memindai kode QR dengan ponselnya.</translation>
    </message>
    <message>
        <source>The page on %1 could not be loaded. Check the internet connection and press Reload, or let the customer scan the QR code.</source>
        <translation>Halaman di %1 tidak dapat dimuat. Periksa koneksi internet lalu tekan Muat ulang, atau minta pelanggan memindai kode QR.</translation>
    </message>
    <message>
        <source>Secure page: %1</source>
        <translation>Halaman aman: %1</translation>
    </message>
    <message>
        <source>Page: %1 (not encrypted)</source>
        <translation>Halaman: %1 (tidak terenkripsi)</translation>
    </message>
</context>
<context>
    <name>kasir::BrowserPaneFactory</name>
    <message>
        <source>The embedded browser is not installed (kasir_browser plugin not found).</source>
        <translation>Browser bawaan tidak terpasang (plugin kasir_browser tidak ditemukan).</translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded: %1</source>
        <translation>Browser bawaan tidak dapat dimuat: %1</translation>
    </message>
</context>
<context>
    <name>kasir::BuyerForm</name>
    <message>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>e.g. Budi</source>
        <translation>mis. Budi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <source>e.g. Santoso</source>
        <translation>mis. Santoso</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <source>0812 3456 7890</source>
        <translation>0812 3456 7890</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>No. pelanggan</translation>
    </message>
    <message>
        <source>member no. or phone</source>
        <translation>no. member atau HP</translation>
    </message>
    <message>
        <source>Taken from the phone number unless you type a member number.</source>
        <translation>Diambil dari nomor HP, kecuali Anda mengetik nomor member.</translation>
    </message>
    <message>
        <source>Same as the billing address</source>
        <translation>Sama dengan alamat penagihan</translation>
    </message>
    <message>
        <source>Receiver&apos;s first name</source>
        <translation>Nama depan penerima</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Alamat jalan</translation>
    </message>
    <message>
        <source>street, number, RT/RW, village</source>
        <translation>jalan, nomor, RT/RW, kelurahan</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 angka</translation>
    </message>
    <message>
        <source>City / regency</source>
        <translation>Kota/Kabupaten</translation>
    </message>
    <message>
        <source>e.g. Jakarta Pusat</source>
        <translation>mis. Jakarta Pusat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>e.g. Menteng</source>
        <translation>mis. Menteng</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>e.g. DKI Jakarta</source>
        <translation>mis. DKI Jakarta</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Alamat penagihan</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Alamat pengiriman</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kasir::Cart</name>
    <message>
        <source>Shipping fee</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <source>Admin fee</source>
        <translation>Biaya admin</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Pajak</translation>
    </message>
    <message>
        <source>Additional fee</source>
        <translation>Biaya tambahan</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Asuransi</translation>
    </message>
    <message>
        <source>The cart is empty. Scan or add at least one item.</source>
        <translation>Keranjang masih kosong. Pindai atau tambahkan minimal satu barang.</translation>
    </message>
    <message>
        <source>Too many lines (%1 at most). Split the sale.</source>
        <translation>Terlalu banyak baris (maksimal %1). Bagi penjualan ini.</translation>
    </message>
    <message>
        <source>The item has no SKU.</source>
        <translation>Barang ini tidak punya SKU.</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>Barang ini tidak punya nama.</translation>
    </message>
    <message>
        <source>Quantity must be at least 1.</source>
        <translation>Jumlah minimal 1.</translation>
    </message>
    <message>
        <source>Quantity is too large (%1 at most).</source>
        <translation>Jumlah terlalu besar (maksimal %1).</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation>Harga terlalu besar.</translation>
    </message>
    <message>
        <source>A fee must be zero or more and not too large.</source>
        <translation>Biaya harus nol atau lebih dan tidak terlalu besar.</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>Diskon tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The discount is larger than the goods (%1).</source>
        <translation>Diskon lebih besar daripada harga barang (%1).</translation>
    </message>
    <message>
        <source>The total must be more than Rp 0.</source>
        <translation>Total harus lebih dari Rp 0.</translation>
    </message>
    <message>
        <source>The total is larger than Faspay accepts.</source>
        <translation>Total melebihi batas yang diterima Faspay.</translation>
    </message>
</context>
<context>
    <name>kasir::CartModel</name>
    <message>
        <source>The discount is too large.</source>
        <translation>Diskon terlalu besar.</translation>
    </message>
    <message>
        <source>Faspay receives the first %1 characters of a name: &quot;%2&quot;</source>
        <translation>Faspay menerima %1 karakter pertama nama: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Type a new quantity, or press + / - on the line.</source>
        <translation>Ketik jumlah baru, atau tekan + / - pada baris ini.</translation>
    </message>
    <message>
        <source>Type a new unit price in rupiah.</source>
        <translation>Ketik harga satuan baru dalam rupiah.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Type the quantity as a whole number, e.g. 2.</source>
        <translation>Ketik jumlah sebagai bilangan bulat, mis. 2.</translation>
    </message>
    <message>
        <source>Type the price in whole rupiah, e.g. 15000 or 15.000.</source>
        <translation>Ketik harga dalam rupiah bulat, mis. 15000 atau 15.000.</translation>
    </message>
</context>
<context>
    <name>kasir::CartView</name>
    <message>
        <source>Cart</source>
        <translation>Keranjang</translation>
    </message>
    <message>
        <source>The cart is empty.
Scan a barcode, type a SKU (F2) or search by name (F3).</source>
        <translation>Keranjang masih kosong.
Pindai barcode, ketik SKU (F2), atau cari berdasarkan nama (F3).</translation>
    </message>
</context>
<context>
    <name>kasir::ChannelPicker</name>
    <message>
        <source>Kredivo &amp;tenor</source>
        <translation>&amp;Tenor Kredivo</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Tidak tersedia.</translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation>%1 — tidak tersedia</translation>
    </message>
    <message>
        <source>Pay with %1 (key %2)</source>
        <translation>Bayar dengan %1 (tombol %2)</translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1: this sale qualifies.</source>
        <translation>Cicilan Kredivo memerlukan total minimal %1: penjualan ini memenuhi syarat.</translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1; this sale is %2. Choose &quot;Pay in 30 days&quot; or add items.</source>
        <translation>Cicilan Kredivo memerlukan total minimal %1; penjualan ini %2. Pilih &quot;Bayar dalam 30 hari&quot; atau tambah barang.</translation>
    </message>
    <message>
        <source>Instalments (3, 6 or 12 months) need a total of at least %1.</source>
        <translation>Cicilan (3, 6, atau 12 bulan) memerlukan total minimal %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kasir::CheckoutService</name>
    <message>
        <source>Faspay&apos;s certificate was not trusted, so nothing was sent. Check the gateway address in Settings and the computer&apos;s date and time.</source>
        <translation>Sertifikat Faspay tidak tepercaya, jadi tidak ada yang dikirim. Periksa alamat gateway di Pengaturan serta tanggal dan jam komputer.</translation>
    </message>
    <message>
        <source>Faspay could not be reached (%1). Nothing was sent. Check the network connection and try again.</source>
        <translation>Faspay tidak dapat dihubungi (%1). Tidak ada yang dikirim. Periksa koneksi jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Faspay&apos;s answer could not be used (%1). Try again in a moment.</source>
        <translation>Jawaban Faspay tidak dapat digunakan (%1). Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Kasir has no Faspay merchant id or password. Complete them in Settings.</source>
        <translation>Kasir belum memiliki ID merchant atau kata sandi Faspay. Lengkapi di Pengaturan.</translation>
    </message>
    <message>
        <source>A payment is being sent. Wait for Faspay&apos;s answer.</source>
        <translation>Pembayaran sedang dikirim. Tunggu jawaban Faspay.</translation>
    </message>
    <message>
        <source>Only a payment whose answer was lost (Unknown) can be replaced by a new attempt.</source>
        <translation>Hanya pembayaran yang jawabannya hilang (Tidak diketahui) yang dapat diganti dengan percobaan baru.</translation>
    </message>
    <message>
        <source>An answer about another bill or merchant arrived for this payment. It was ignored and kept in the log. Report it to the shop owner.</source>
        <translation>Jawaban tentang tagihan atau merchant lain diterima untuk pembayaran ini. Jawaban itu diabaikan dan disimpan di log. Laporkan ke pemilik toko.</translation>
    </message>
    <message>
        <source>Bill %1 can still be paid. Cancel it first (F8); a new attempt is possible once Faspay confirms the cancel.</source>
        <translation>Tagihan %1 masih bisa dibayar. Batalkan dulu (F8); percobaan baru bisa dilakukan setelah Faspay mengonfirmasi pembatalan.</translation>
    </message>
    <message>
        <source>Bill %1 for this sale or this customer can still be paid. Finish it, or cancel it first (F8), before a new bill.</source>
        <translation>Tagihan %1 untuk penjualan atau pelanggan ini masih bisa dibayar. Selesaikan, atau batalkan dulu (F8), sebelum membuat tagihan baru.</translation>
    </message>
    <message>
        <source>This customer has paid two bills within one bill&apos;s lifetime (%1 and %2). Check with the customer that it was meant; if not, refund one through the lender.</source>
        <translation>Pelanggan ini sudah membayar dua tagihan dalam masa berlaku satu tagihan (%1 dan %2). Pastikan kepada pelanggan bahwa itu disengaja; jika tidak, kembalikan salah satunya melalui pemberi pinjaman.</translation>
    </message>
</context>
<context>
    <name>kasir::Config</name>
    <message>
        <source>No merchant id. Set KASIR_MERCHANT_ID or the merchant id in Settings.</source>
        <translation>ID merchant belum diisi. Atur KASIR_MERCHANT_ID atau ID merchant di Pengaturan.</translation>
    </message>
    <message>
        <source>No Faspay password. Set KASIR_FASPAY_PASSWORD or save it in Settings (kept in the system keychain).</source>
        <translation>Kata sandi Faspay belum diisi. Atur KASIR_FASPAY_PASSWORD atau simpan di Pengaturan (disimpan di keychain sistem).</translation>
    </message>
    <message>
        <source>The notification address &quot;%1&quot; is not host:port (for example 0.0.0.0:8765).</source>
        <translation>Alamat notifikasi &quot;%1&quot; bukan berbentuk host:port (misalnya 0.0.0.0:8765).</translation>
    </message>
    <message>
        <source>No data folder. Set KASIR_DATA_DIR.</source>
        <translation>Folder data belum ditentukan. Atur KASIR_DATA_DIR.</translation>
    </message>
</context>
<context>
    <name>kasir::ConnectionTest</name>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Masukkan kata sandi untuk menguji koneksi.</translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2 Check the merchant ID, the user ID and the password.</source>
        <translation>Faspay menolak (kode %1): %2 Periksa ID merchant, user ID dan kata sandi.</translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2 Ask Faspay to allow this store&apos;s internet address (IP whitelist) and to check that the account is active.</source>
        <translation>Faspay menolak (kode %1): %2 Minta Faspay mengizinkan alamat internet toko ini (whitelist IP) dan memeriksa bahwa akun aktif.</translation>
    </message>
    <message>
        <source>Faspay refused (code %1): %2</source>
        <translation>Faspay menolak (kode %1): %2</translation>
    </message>
    <message>
        <source>%1 answered, but not like Faspay does. Check the gateway address.</source>
        <translation>%1 menjawab, tetapi tidak seperti Faspay. Periksa alamat gateway.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: its certificate is not valid. Check the gateway address; never use an address whose certificate is not trusted.</source>
        <translation>Koneksi aman ke %1 ditolak: sertifikatnya tidak sah. Periksa alamat gateway; jangan pernah memakai alamat yang sertifikatnya tidak dipercaya.</translation>
    </message>
    <message>
        <source>The gateway address cannot be used. Check it.</source>
        <translation>Alamat gateway tidak dapat dipakai. Periksa kembali.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the internet connection and try again.</source>
        <translation>%1 tidak menjawab tepat waktu. Periksa koneksi internet dan coba lagi.</translation>
    </message>
    <message>
        <source>%1 could not be reached. Check the internet connection and the gateway address.</source>
        <translation>%1 tidak dapat dijangkau. Periksa koneksi internet dan alamat gateway.</translation>
    </message>
    <message>
        <source>%1 answered, but not like Faspay does (HTTP %2). Check the gateway address.</source>
        <translation>%1 menjawab, tetapi tidak seperti Faspay (HTTP %2). Periksa alamat gateway.</translation>
    </message>
</context>
<context>
    <name>kasir::Customer</name>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>Too long (%1 characters at most).</source>
        <translation>Terlalu panjang (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>Not an Indonesian phone number. Use the form 0812-3456-7890 or +62 812-3456-7890.</source>
        <translation>Bukan nomor telepon Indonesia. Gunakan bentuk 0812-3456-7890 atau +62 812-3456-7890.</translation>
    </message>
    <message>
        <source>Not an e-mail address. Use the form name@example.com.</source>
        <translation>Bukan alamat e-mail. Gunakan bentuk nama@contoh.com.</translation>
    </message>
    <message>
        <source>A postcode has five digits.</source>
        <translation>Kode pos terdiri dari lima angka.</translation>
    </message>
    <message>
        <source>Only addresses in Indonesia (ID) are accepted.</source>
        <translation>Hanya alamat di Indonesia (ID) yang diterima.</translation>
    </message>
</context>
<context>
    <name>kasir::CustomerDisplay</name>
    <message>
        <source>Kasir — customer display</source>
        <translation>Kasir — layar pelanggan</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Selamat datang / Welcome</source>
        <translation>Selamat datang / Welcome</translation>
    </message>
    <message>
        <source>Pay with %1</source>
        <translation>Bayar dengan %1</translation>
    </message>
    <message>
        <source>Pindai dengan ponsel Anda
Scan with your phone</source>
        <translation>Pindai dengan ponsel Anda
Scan with your phone</translation>
    </message>
    <message>
        <source>Mohon tunggu…
Please wait…</source>
        <translation>Mohon tunggu…
Please wait…</translation>
    </message>
    <message>
        <source>Pembayaran berhasil
Payment successful</source>
        <translation>Pembayaran berhasil
Payment successful</translation>
    </message>
    <message>
        <source>Terima kasih!
Thank you!</source>
        <translation>Terima kasih!
Thank you!</translation>
    </message>
</context>
<context>
    <name>kasir::EndOfDay</name>
    <message>
        <source>Paid here, not paid at Faspay</source>
        <translation>Lunas di sini, belum lunas di Faspay</translation>
    </message>
    <message>
        <source>Paid at Faspay, not paid here</source>
        <translation>Lunas di Faspay, belum lunas di sini</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Jumlah berbeda</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status berbeda</translation>
    </message>
    <message>
        <source>Unknown to Faspay</source>
        <translation>Tidak dikenal Faspay</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Perlu supervisor</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Tidak dapat dicek</translation>
    </message>
    <message>
        <source>Waiting for a supervisor (Faspay status %1). Open it in the history and settle it.</source>
        <translation>Menunggu supervisor (status Faspay %1). Buka di riwayat dan selesaikan.</translation>
    </message>
    <message>
        <source>Faspay&apos;s answer had no usable payment status (%1). Run Reconcile again later.</source>
        <translation>Jawaban Faspay tidak berisi status pembayaran yang dapat dipakai (%1). Jalankan Cocokkan lagi nanti.</translation>
    </message>
    <message>
        <source>Faspay&apos;s payment total %1 is not the sale&apos;s total %2. Compare with the lender&apos;s statement before the money is settled.</source>
        <translation>Total pembayaran Faspay %1 tidak sama dengan total penjualan %2. Bandingkan dengan laporan penyedia kredit sebelum dana diselesaikan.</translation>
    </message>
    <message>
        <source>Faspay says this bill is paid, but Kasir has not recorded it as paid. Check its status from the history; if the customer has gone, a supervisor settles it.</source>
        <translation>Faspay menyatakan tagihan ini lunas, tetapi Kasir belum mencatatnya lunas. Cek statusnya dari riwayat; jika pelanggan sudah pergi, supervisor menyelesaikannya.</translation>
    </message>
    <message>
        <source>Recorded as paid here, but Faspay says the bill is not paid (status %1). Do not hand over more goods; call Faspay with the bill number.</source>
        <translation>Tercatat lunas di sini, tetapi Faspay menyatakan tagihan belum dibayar (status %1). Jangan serahkan barang lagi; hubungi Faspay dengan nomor tagihan.</translation>
    </message>
    <message>
        <source>Closed in Kasir, but Faspay still waits for payment (status %1). Cancel it at Faspay so that the customer cannot pay it later.</source>
        <translation>Sudah ditutup di Kasir, tetapi Faspay masih menunggu pembayaran (status %1). Batalkan di Faspay agar pelanggan tidak dapat membayarnya nanti.</translation>
    </message>
    <message>
        <source>Faspay has no bill with this number and transaction id (status 5). Call Faspay with the bill number.</source>
        <translation>Faspay tidak memiliki tagihan dengan nomor dan ID transaksi ini (status 5). Hubungi Faspay dengan nomor tagihan.</translation>
    </message>
    <message>
        <source>Recorded as paid here, but Faspay says status %1. Do not hand over more goods; call Faspay with the bill number.</source>
        <translation>Tercatat lunas di sini, tetapi Faspay menyatakan status %1. Jangan serahkan barang lagi; hubungi Faspay dengan nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay says status %1, which is not what Kasir recorded. Check its status from the history.</source>
        <translation>Faspay menyatakan status %1, berbeda dengan catatan Kasir. Cek statusnya dari riwayat.</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>TRAINING — no money moved</source>
        <translation>LATIHAN — tidak ada uang yang berpindah</translation>
    </message>
    <message>
        <source>Paid: %1 sales, %2</source>
        <translation>Lunas: %1 penjualan, %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Differences between Kasir and Faspay</source>
        <translation>Perbedaan antara Kasir dan Faspay</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder.</source>
        <translation>Laporan tidak dapat disimpan ke %1 (%2). Pilih folder lain.</translation>
    </message>
    <message>
        <source>End of day %1</source>
        <translation>Tutup hari %1</translation>
    </message>
    <message>
        <source>No Faspay transaction id was received, so Faspay cannot be asked about it. If the customer says they paid, call Faspay with the bill number.</source>
        <translation>Tidak ada ID transaksi Faspay yang diterima, jadi Faspay tidak dapat ditanya. Jika pelanggan mengatakan sudah membayar, hubungi Faspay dengan nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay refused the status inquiry (response code %1). Run Reconcile again later.</source>
        <translation>Faspay menolak permintaan status (kode respons %1). Jalankan Cocokkan lagi nanti.</translation>
    </message>
    <message>
        <source>Faspay did not answer usably. Check the connection and run Reconcile again.</source>
        <translation>Jawaban Faspay tidak dapat dipakai. Periksa koneksi dan jalankan Cocokkan lagi.</translation>
    </message>
    <message>
        <source>Settled by a supervisor, not confirmed by Faspay (%1). Check it against the lender&apos;s statement.</source>
        <translation>Diselesaikan oleh supervisor, tidak dikonfirmasi Faspay (%1). Cocokkan dengan laporan pemberi kredit.</translation>
    </message>
    <message>
        <source>Settled by supervisor %1, not confirmed by Faspay (%2). Check it against the lender&apos;s statement.</source>
        <translation>Diselesaikan oleh supervisor %1, tidak dikonfirmasi Faspay (%2). Cocokkan dengan laporan pemberi kredit.</translation>
    </message>
    <message>
        <source>Sold through %1 (merchant %2), which is not one of Faspay&apos;s hosts. Money through it is not Faspay&apos;s: check with the owner.</source>
        <translation>Dijual melalui %1 (merchant %2), yang bukan server Faspay. Uang melalui server ini bukan lewat Faspay: periksa dengan pemilik toko.</translation>
    </message>
    <message>
        <source>The same customer also paid bill %1 within one bill&apos;s lifetime. Check with the customer; if it was not meant, refund one through the lender.</source>
        <translation>Pelanggan yang sama juga membayar tagihan %1 dalam masa berlaku satu tagihan. Tanyakan kepada pelanggan; jika tidak disengaja, kembalikan salah satunya melalui pemberi kredit.</translation>
    </message>
    <message>
        <source>Sales to look at again</source>
        <translation>Penjualan yang perlu diperiksa lagi</translation>
    </message>
</context>
<context>
    <name>kasir::EndOfDayDialog</name>
    <message>
        <source>not paid yet</source>
        <translation>belum dibayar</translation>
    </message>
    <message>
        <source>in process</source>
        <translation>sedang diproses</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>dibatalkan balik</translation>
    </message>
    <message>
        <source>no such bill</source>
        <translation>tagihan tidak ada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Asking Faspay: %1 of %2</source>
        <translation>Menanyakan ke Faspay: %1 dari %2</translation>
    </message>
    <message>
        <source>Training sales</source>
        <translation>Penjualan latihan</translation>
    </message>
    <message>
        <source>Day (WIB)</source>
        <translation>Hari (WIB)</translation>
    </message>
    <message>
        <source>Reconcile with Faspay</source>
        <translation>Cocokkan dengan Faspay</translation>
    </message>
    <message>
        <source>Asks Faspay again about every payment of the day and lists where Faspay and Kasir disagree. Changes nothing.</source>
        <translation>Menanyakan lagi ke Faspay setiap pembayaran hari ini dan menampilkan yang tidak cocok antara Faspay dan Kasir. Tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Reconcile needs the Faspay connection set up in Settings.</source>
        <translation>Pencocokan memerlukan koneksi Faspay yang diatur di Pengaturan.</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Nomor tagihan</translation>
    </message>
    <message>
        <source>Kasir says</source>
        <translation>Menurut Kasir</translation>
    </message>
    <message>
        <source>Faspay says</source>
        <translation>Menurut Faspay</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Yang berbeda</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Jurnal tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sale(s) paid, %2</source>
        <translation>
            <numerusform>%1: %n penjualan lunas, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(training, no money moved)</source>
        <translation>(latihan, tidak ada uang yang berpindah)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>%1 × · %2</source>
        <translation>%1 × · %2</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <source>Stopped. %1 of %2 were checked; run Reconcile again for all of them.</source>
        <translation>Dihentikan. %1 dari %2 sudah dicek; jalankan Cocokkan lagi untuk semuanya.</translation>
    </message>
    <message numerus="yes">
        <source>Faspay and Kasir agree on all %n payment(s).</source>
        <translation>
            <numerusform>Faspay dan Kasir cocok untuk semua %n pembayaran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between Faspay and Kasir. Settle them from the payment history.</source>
        <translation>
            <numerusform>%n perbedaan antara Faspay dan Kasir. Selesaikan dari riwayat pembayaran.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (status %2)</source>
        <translation>%1 (status %2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation>Simpan laporan tutup hari</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder.</source>
        <translation>Laporan tidak dapat disimpan ke %1 (%2). Pilih folder lain.</translation>
    </message>
    <message>
        <source>Sales to look at again</source>
        <translation>Penjualan yang perlu diperiksa lagi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Yang perlu diperiksa</translation>
    </message>
</context>
<context>
    <name>kasir::Engine</name>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with KASIR_DATA_DIR.</source>
        <translation>Folder data %1 tidak dapat dibuat. Pilih folder lain dengan KASIR_DATA_DIR.</translation>
    </message>
    <message>
        <source>The notification receiver cannot listen on %1:%2 (%3). Choose another address in Settings or KASIR_NOTIFY_LISTEN.</source>
        <translation>Penerima notifikasi tidak dapat mendengarkan di %1:%2 (%3). Pilih alamat lain di Pengaturan atau KASIR_NOTIFY_LISTEN.</translation>
    </message>
</context>
<context>
    <name>kasir::EscPosReceiptOutput</name>
    <message>
        <source>ESC/POS receipt printer (%1)</source>
        <translation>Printer struk ESC/POS (%1)</translation>
    </message>
    <message>
        <source>The receipt printer is busy. Print the receipt again in a moment.</source>
        <translation>Printer struk sedang sibuk. Cetak struk lagi sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>kasir::EscPosSender</name>
    <message>
        <source>Printing was cancelled. The sale is kept; print the receipt again from the sales history when the printer is ready.</source>
        <translation>Pencetakan dibatalkan. Penjualan tetap tersimpan; cetak ulang struk dari riwayat penjualan saat printer siap.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent. Check the printer (paper, cover), then print the receipt again.</source>
        <translation>Printer struk di %1 menutup koneksi sebelum struk terkirim. Periksa printer (kertas, penutup), lalu cetak ulang struk.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refused the connection. Check the printer address and port (usually 9100) in the settings, then print again.</source>
        <translation>Printer struk di %1 menolak koneksi. Periksa alamat dan port printer (biasanya 9100) di pengaturan, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt printer address %1 was not found. Check the printer address in the settings, then print again.</source>
        <translation>Alamat printer struk %1 tidak ditemukan. Periksa alamat printer di pengaturan, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The network to the receipt printer at %1 is not reachable. Check the network cable or Wi-Fi, then print again.</source>
        <translation>Jaringan ke printer struk di %1 tidak terjangkau. Periksa kabel jaringan atau Wi-Fi, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer at %1 (%2). Check the printer and its connection, then print again.</source>
        <translation>Struk tidak dapat dikirim ke printer di %1 (%2). Periksa printer dan koneksinya, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt printer %1 is not there. Check that the printer is plugged in and switched on, then print again.</source>
        <translation>Printer struk %1 tidak ditemukan. Pastikan printer tersambung dan menyala, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt printer %1 could not be opened (%2). Check the cable and that this user may use the printer, then print again.</source>
        <translation>Printer struk %1 tidak dapat dibuka (%2). Periksa kabelnya dan pastikan pengguna ini boleh memakai printer, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>Writing to the receipt printer %1 failed (%2). Check the printer, then print the receipt again.</source>
        <translation>Gagal menulis ke printer struk %1 (%2). Periksa printer, lalu cetak ulang struk.</translation>
    </message>
    <message>
        <source>The receipt printer %1 did not take the receipt within %2 seconds. Check that it is switched on and has paper, then print again.</source>
        <translation>Printer struk %1 tidak menerima struk dalam %2 detik. Pastikan printer menyala dan berisi kertas, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 did not answer within %2 seconds. Check that it is switched on and connected to the network, then print again.</source>
        <translation>Printer struk di %1 tidak menjawab dalam %2 detik. Pastikan printer menyala dan terhubung ke jaringan, lalu cetak lagi.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 stopped taking data for %2 seconds. Check its paper and cover, then print the receipt again.</source>
        <translation>Printer struk di %1 berhenti menerima data selama %2 detik. Periksa kertas dan penutupnya, lalu cetak ulang struk.</translation>
    </message>
</context>
<context>
    <name>kasir::FeesPanel</name>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Type the amount in whole rupiah, e.g. 20000 or 20.000.</source>
        <translation>Ketik jumlah dalam rupiah bulat, mis. 20000 atau 20.000.</translation>
    </message>
</context>
<context>
    <name>kasir::Headless</name>
    <message>
        <source>--wait needs a number of seconds (0 or more).</source>
        <translation>--wait memerlukan jumlah detik (0 atau lebih).</translation>
    </message>
    <message>
        <source>Usage: kasir checkout ORDER.json [--wait SECONDS] [--receipt FILE.pdf]</source>
        <translation>Cara pakai: kasir checkout PESANAN.json [--wait DETIK] [--receipt BERKAS.pdf]</translation>
    </message>
    <message>
        <source>The order file %1 cannot be read (%2).</source>
        <translation>Berkas pesanan %1 tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>Faspay&apos;s channel list could not be fetched. Nothing was sent.</source>
        <translation>Daftar kanal Faspay tidak dapat diambil. Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>The journal lost track of the attempt.</source>
        <translation>Jurnal kehilangan jejak percobaan pembayaran ini.</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1 (%2). The sale is paid; reprint it later.</source>
        <translation>Struk tidak dapat ditulis ke %1 (%2). Penjualan sudah lunas; cetak ulang nanti.</translation>
    </message>
    <message>
        <source>Usage: kasir status BILL_NO</source>
        <translation>Cara pakai: kasir status NOMOR_TAGIHAN</translation>
    </message>
    <message>
        <source>No attempt with bill number %1 in this journal.</source>
        <translation>Tidak ada percobaan pembayaran dengan nomor tagihan %1 di jurnal ini.</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port memerlukan angka dari 0 sampai 65535.</translation>
    </message>
</context>
<context>
    <name>kasir::HistoryModel</name>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (latihan)</translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Nomor tagihan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>training sandbox</source>
        <translation>sandbox latihan</translation>
    </message>
    <message>
        <source>%1 — NOT FASPAY</source>
        <translation>%1 — BUKAN FASPAY</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>kasir::HistoryWindow</name>
    <message>
        <source>Faspay</source>
        <translation>Faspay</translation>
    </message>
    <message>
        <source>Status check</source>
        <translation>Cek status</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Return page</source>
        <translation>Halaman kembali</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>Riwayat pembayaran</translation>
    </message>
    <message>
        <source>Copy %1 printed.</source>
        <translation>Salinan %1 tercetak.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Struk tercetak.</translation>
    </message>
    <message>
        <source>Not printed: %1 The receipt stays queued; print it again later.</source>
        <translation>Tidak tercetak: %1 Struk tetap dalam antrean; cetak lagi nanti.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Open (not settled)</source>
        <translation>Terbuka (belum selesai)</translation>
    </message>
    <message>
        <source>Real and training</source>
        <translation>Nyata dan latihan</translation>
    </message>
    <message>
        <source>Real sales only</source>
        <translation>Hanya penjualan nyata</translation>
    </message>
    <message>
        <source>Training only</source>
        <translation>Hanya latihan</translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation>Nomor tagihan</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Nama, telepon atau e-mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Lebih baru</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Lebih lama ›</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Cetak ulang struk</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Cek status</translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation>Batalkan pembayaran…</translation>
    </message>
    <message>
        <source>Settle by hand…</source>
        <translation>Selesaikan manual…</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <source>Time (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Riwayat tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>No payments match</source>
        <translation>Tidak ada pembayaran yang cocok</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 dari %3</translation>
    </message>
    <message>
        <source>Choose a payment in the list to see what happened to it.</source>
        <translation>Pilih pembayaran di daftar untuk melihat apa yang terjadi padanya.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Faspay transaction</source>
        <translation>Transaksi Faspay</translation>
    </message>
    <message>
        <source>Lender reference</source>
        <translation>Referensi penyedia kredit</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation>terminal %1</translation>
    </message>
    <message>
        <source>%1, terminal %2</source>
        <translation>%1, terminal %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Menggantikan</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>percobaan %1</translation>
    </message>
    <message>
        <source>No copy was made: %1</source>
        <translation>Salinan tidak dibuat: %1</translation>
    </message>
    <message>
        <source>Printing copy %1 (SALINAN / COPY %1)…</source>
        <translation>Mencetak salinan %1 (SALINAN / COPY %1)…</translation>
    </message>
    <message>
        <source>Copy %1 saved as PDF: %2</source>
        <translation>Salinan %1 disimpan sebagai PDF: %2</translation>
    </message>
    <message>
        <source>Asking Faspay about %1…</source>
        <translation>Menanyakan %1 ke Faspay…</translation>
    </message>
    <message>
        <source>Cancel payment %1 of %2 at Faspay?</source>
        <translation>Batalkan pembayaran %1 sebesar %2 di Faspay?</translation>
    </message>
    <message>
        <source>Cancelling %1 at Faspay…</source>
        <translation>Membatalkan %1 di Faspay…</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled in its present state.</source>
        <translation>%1 tidak dapat dibatalkan dalam keadaannya sekarang.</translation>
    </message>
    <message>
        <source>Settle payment %1 of %2 by hand as &quot;%3&quot;?</source>
        <translation>Selesaikan pembayaran %1 sebesar %2 secara manual sebagai &quot;%3&quot;?</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>%1 could not be settled as %2.</source>
        <translation>%1 tidak dapat diselesaikan sebagai %2.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>disetujui oleh %1</translation>
    </message>
    <message>
        <source>Print copy %1 of the receipt of %2? %3 copies were printed already.</source>
        <translation>Cetak salinan %1 dari struk %2? Sudah %3 salinan dicetak.</translation>
    </message>
</context>
<context>
    <name>kasir::Journal</name>
    <message>
        <source>line %1: barcode %2 already belongs to product %3</source>
        <translation>baris %1: barcode %2 sudah dipakai produk %3</translation>
    </message>
    <message>
        <source>The payment journal %1 is damaged. Payments are disabled and the file has been left exactly as it was. Do not delete it: it is the record of past sales. Close Kasir, copy the file to a safe place and contact support.</source>
        <translation>Jurnal pembayaran %1 rusak. Pembayaran dinonaktifkan dan berkasnya dibiarkan persis seperti semula. Jangan dihapus: berkas ini adalah catatan penjualan sebelumnya. Tutup Kasir, salin berkas ke tempat aman, lalu hubungi dukungan teknis.</translation>
    </message>
    <message>
        <source>The disk that holds the payment journal %1 is full. Payments are disabled so that no sale goes unrecorded. Free some disk space, then restart Kasir.</source>
        <translation>Disk tempat jurnal pembayaran %1 penuh. Pembayaran dinonaktifkan agar tidak ada penjualan yang tidak tercatat. Kosongkan sebagian ruang disk, lalu mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>The disk that holds the payment journal %1 is almost full (%2 MB free, %3 MB needed). No new payment starts, so that every sale can be recorded completely. Free some disk space, then restart Kasir.</source>
        <translation>Disk tempat jurnal pembayaran %1 hampir penuh (tersisa %2 MB, perlu %3 MB). Pembayaran baru tidak dimulai agar setiap penjualan tercatat lengkap. Kosongkan sebagian ruang disk, lalu mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>The payment journal %1 cannot be written: the file or its folder is read-only. Payments are disabled so that no sale goes unrecorded. Make the data folder writable, then restart Kasir.</source>
        <translation>Jurnal pembayaran %1 tidak dapat ditulis: berkas atau foldernya hanya-baca. Pembayaran dinonaktifkan agar tidak ada penjualan yang tidak tercatat. Jadikan folder data dapat ditulis, lalu mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the payment journal %1. Payments are disabled so that no sale goes unrecorded. Check the disk, then restart Kasir.</source>
        <translation>Disk melaporkan kesalahan saat menulis jurnal pembayaran %1. Pembayaran dinonaktifkan agar tidak ada penjualan yang tidak tercatat. Periksa disk, lalu mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>Kasir cannot open or create the payment journal %1. Payments are disabled. Check that the data folder exists and is writable, then start Kasir again.</source>
        <translation>Kasir tidak dapat membuka atau membuat jurnal pembayaran %1. Pembayaran dinonaktifkan. Pastikan folder data ada dan dapat ditulis, lalu jalankan Kasir lagi.</translation>
    </message>
    <message>
        <source>Kasir is already tracking payments in %1 (process %2 on %3, since %4). Close that Kasir window or command first. &quot;kasir status&quot; and &quot;kasir pending&quot; still work beside it.</source>
        <translation>Kasir sudah memantau pembayaran di %1 (proses %2 di %3, sejak %4). Tutup dulu jendela atau perintah Kasir tersebut. &quot;kasir status&quot; dan &quot;kasir pending&quot; tetap dapat dipakai bersamaan.</translation>
    </message>
    <message>
        <source>Kasir cannot create its lock file in %1. Make the data folder writable, then start Kasir again.</source>
        <translation>Kasir tidak dapat membuat berkas kunci di %1. Jadikan folder data dapat ditulis, lalu jalankan Kasir lagi.</translation>
    </message>
    <message>
        <source>The payment journal is busy: another program is using it. Nothing was recorded. Try again in a moment.</source>
        <translation>Jurnal pembayaran sedang dipakai program lain. Tidak ada yang dicatat. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Payment attempt %1 is not in the journal. Nothing was recorded; refresh the list and try again.</source>
        <translation>Percobaan pembayaran %1 tidak ada di jurnal. Tidak ada yang dicatat; muat ulang daftar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no payment with bill number %1 in the journal. Check the number and try again.</source>
        <translation>Tidak ada pembayaran dengan nomor tagihan %1 di jurnal. Periksa nomornya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Receipt %1 is not in the journal. Nothing was recorded; refresh the list and try again.</source>
        <translation>Struk %1 tidak ada di jurnal. Tidak ada yang dicatat; muat ulang daftar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no payment journal at %1 yet. Start Kasir once to create it, or check the data folder setting.</source>
        <translation>Belum ada jurnal pembayaran di %1. Jalankan Kasir sekali untuk membuatnya, atau periksa pengaturan folder data.</translation>
    </message>
    <message>
        <source>Payment %1 was changed meanwhile by another step. Nothing was recorded; refresh it and try again.</source>
        <translation>Pembayaran %1 sementara itu sudah diubah oleh langkah lain. Tidak ada yang dicatat; muat ulang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Bill number %1 is already used in the journal. Nothing was recorded and nothing was sent. Check the terminal code setting, then try again.</source>
        <translation>Nomor tagihan %1 sudah dipakai di jurnal. Tidak ada yang dicatat dan tidak ada yang dikirim. Periksa pengaturan kode terminal, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to product %2. Nothing was saved; use another barcode or change product %2 first.</source>
        <translation>Barcode %1 sudah dipakai produk %2. Tidak ada yang disimpan; gunakan barcode lain atau ubah produk %2 terlebih dahulu.</translation>
    </message>
    <message>
        <source>A receipt is only made for a paid sale, and %1 is not paid. Nothing was printed; check the payment status first.</source>
        <translation>Struk hanya dibuat untuk penjualan yang sudah lunas, dan %1 belum lunas. Tidak ada yang dicetak; periksa status pembayaran terlebih dahulu.</translation>
    </message>
    <message>
        <source>The payment journal %1 was written by a newer version of Kasir (layout %2; this version knows up to %3). Payments are disabled and the file is left as it is. Install the newer Kasir again.</source>
        <translation>Jurnal pembayaran %1 ditulis oleh versi Kasir yang lebih baru (tata letak %2; versi ini hanya mengenal sampai %3). Pembayaran dinonaktifkan dan berkasnya dibiarkan apa adanya. Pasang kembali versi Kasir yang lebih baru.</translation>
    </message>
    <message>
        <source>The payment journal %1 uses an older layout (%2). Start Kasir once normally so that it updates the journal, then try again.</source>
        <translation>Jurnal pembayaran %1 memakai tata letak lama (%2). Jalankan Kasir sekali secara normal agar jurnal diperbarui, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Kasir could not update the payment journal %1 to layout %2. The journal was left as it was and payments are disabled. Make sure the disk has free space and restart Kasir; contact support if it happens again.</source>
        <translation>Kasir tidak dapat memperbarui jurnal pembayaran %1 ke tata letak %2. Jurnal dibiarkan seperti semula dan pembayaran dinonaktifkan. Pastikan disk masih punya ruang kosong, lalu mulai ulang Kasir; hubungi dukungan teknis jika terulang.</translation>
    </message>
    <message>
        <source>The payment journal %1 cannot use safe write-ahead logging on this drive. Payments are disabled. Keep the data folder on a local disk, then restart Kasir.</source>
        <translation>Jurnal pembayaran %1 tidak dapat memakai write-ahead logging yang aman di drive ini. Pembayaran dinonaktifkan. Simpan folder data di disk lokal, lalu mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>The payment journal is open for reading only here. Take payments in the Kasir window that tracks them.</source>
        <translation>Jurnal pembayaran di sini hanya dibuka untuk dibaca. Terima pembayaran di jendela Kasir yang memantaunya.</translation>
    </message>
    <message>
        <source>The payment journal refused incomplete data. Nothing was recorded. Try again; if it happens again, contact support.</source>
        <translation>Jurnal pembayaran menolak data yang tidak lengkap. Tidak ada yang dicatat. Coba lagi; jika terulang, hubungi dukungan teknis.</translation>
    </message>
    <message>
        <source>The payment journal reported an unexpected error. Nothing was recorded. Try again; if it happens again, restart Kasir and contact support.</source>
        <translation>Jurnal pembayaran melaporkan kesalahan yang tidak terduga. Tidak ada yang dicatat. Coba lagi; jika terulang, mulai ulang Kasir dan hubungi dukungan teknis.</translation>
    </message>
    <message>
        <source>line %1: the header must name the columns sku, name and price</source>
        <translation>baris %1: baris judul harus menyebut kolom sku, name, dan price</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>baris %1: kolom bertanda kutip tidak ditutup</translation>
    </message>
    <message>
        <source>line %1: too few fields (sku, name and price are needed)</source>
        <translation>baris %1: kolom kurang (perlu sku, name, dan price)</translation>
    </message>
    <message>
        <source>line %1: the SKU is empty</source>
        <translation>baris %1: SKU kosong</translation>
    </message>
    <message>
        <source>line %1: the SKU is longer than %2 characters</source>
        <translation>baris %1: SKU lebih dari %2 karakter</translation>
    </message>
    <message>
        <source>line %1: the name is empty</source>
        <translation>baris %1: nama kosong</translation>
    </message>
    <message>
        <source>line %1: the name is longer than %2 characters</source>
        <translation>baris %1: nama lebih dari %2 karakter</translation>
    </message>
    <message>
        <source>line %1: the price is empty</source>
        <translation>baris %1: harga kosong</translation>
    </message>
    <message>
        <source>line %1: price is not a number (&quot;%2&quot;)</source>
        <translation>baris %1: harga bukan angka (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>line %1: the price is negative</source>
        <translation>baris %1: harga negatif</translation>
    </message>
    <message>
        <source>line %1: the price is above the limit of %2 rupiah</source>
        <translation>baris %1: harga melebihi batas %2 rupiah</translation>
    </message>
    <message>
        <source>line %1: SKU %2 already appears on line %3</source>
        <translation>baris %1: SKU %2 sudah ada di baris %3</translation>
    </message>
    <message>
        <source>line %1: barcode %2 already appears on line %3</source>
        <translation>baris %1: barcode %2 sudah ada di baris %3</translation>
    </message>
</context>
<context>
    <name>kasir::Keychain</name>
    <message>
        <source>The system keychain did not answer within 5 seconds, so the Faspay password is unknown. Payments are off: unlock the keychain and restart Kasir, or save the password again in Settings (F10).</source>
        <translation>Keychain sistem tidak menjawab dalam 5 detik, jadi kata sandi Faspay tidak diketahui. Pembayaran dimatikan: buka kunci keychain lalu mulai ulang Kasir, atau simpan kata sandi lagi di Pengaturan (F10).</translation>
    </message>
    <message>
        <source>No Faspay password is saved in the system keychain for merchant %1. Payments are off: save the password in Settings (F10).</source>
        <translation>Tidak ada kata sandi Faspay tersimpan di keychain sistem untuk merchant %1. Pembayaran dimatikan: simpan kata sandi di Pengaturan (F10).</translation>
    </message>
    <message>
        <source>The Faspay password could not be read from the system keychain (%1). Payments are off: unlock the keychain and restart Kasir, or save the password again in Settings (F10).</source>
        <translation>Kata sandi Faspay tidak bisa dibaca dari keychain sistem (%1). Pembayaran dimatikan: buka kunci keychain lalu mulai ulang Kasir, atau simpan kata sandi lagi di Pengaturan (F10).</translation>
    </message>
</context>
<context>
    <name>kasir::MainWindow</name>
    <message>
        <source>Bill %1 is in Pending payments (Ctrl+I); Kasir keeps checking it.</source>
        <translation>Tagihan %1 ada di Pembayaran tertunda (Ctrl+I); Kasir terus memeriksanya.</translation>
    </message>
    <message>
        <source>The product catalog was updated.</source>
        <translation>Katalog produk sudah diperbarui.</translation>
    </message>
    <message>
        <source>The channel list could not be refreshed: %1</source>
        <translation>Daftar kanal tidak dapat dimuat ulang: %1</translation>
    </message>
    <message>
        <source>Bill %1: %2</source>
        <translation>Tagihan %1: %2</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Struk disimpan: %1</translation>
    </message>
    <message>
        <source>Copy %1 saved: %2</source>
        <translation>Salinan %1 disimpan: %2</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salinan %1</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 sudah dicetak.</translation>
    </message>
    <message>
        <source>%1 not printed: %2</source>
        <translation>%1 tidak tercetak: %2</translation>
    </message>
    <message>
        <source>Kasir — %1 — training</source>
        <translation>Kasir — %1 — latihan</translation>
    </message>
    <message>
        <source>Kasir — %1</source>
        <translation>Kasir — %1</translation>
    </message>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Scan or type a product code</source>
        <translation>Pindai atau ketik kode produk</translation>
    </message>
    <message>
        <source>Find a product by name</source>
        <translation>Cari produk berdasarkan nama</translation>
    </message>
    <message>
        <source>Buyer details</source>
        <translation>Data pembeli</translation>
    </message>
    <message>
        <source>Check the payment now</source>
        <translation>Periksa pembayaran sekarang</translation>
    </message>
    <message>
        <source>Choose the provider</source>
        <translation>Pilih penyedia</translation>
    </message>
    <message>
        <source>Fees and discount</source>
        <translation>Biaya dan diskon</translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Open the payment page here</source>
        <translation>Buka halaman pembayaran di sini</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Layar pelanggan</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Pending payments</source>
        <translation>Pembayaran tertunda</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Penjualan baru</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan struk sebagai PDF</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tutup hari</translation>
    </message>
    <message>
        <source>Import products (CSV)</source>
        <translation>Impor produk (CSV)</translation>
    </message>
    <message>
        <source>Refresh the channel list</source>
        <translation>Muat ulang daftar kanal</translation>
    </message>
    <message>
        <source>Back / cancel the question</source>
        <translation>Kembali / batalkan pertanyaan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
    <message>
        <source>No pending payments</source>
        <translation>Tidak ada pembayaran tertunda</translation>
    </message>
    <message>
        <source>Choose how the customer pays (F6).</source>
        <translation>Pilih cara pelanggan membayar (F6).</translation>
    </message>
    <message>
        <source>The sale has problems to fix; nothing was sent.</source>
        <translation>Penjualan ini masih perlu diperbaiki; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Start a new sale? The cart and the buyer&apos;s details are cleared.</source>
        <translation>Mulai penjualan baru? Keranjang dan data pembeli akan dikosongkan.</translation>
    </message>
    <message>
        <source>Keep this sale</source>
        <translation>Lanjutkan penjualan ini</translation>
    </message>
    <message>
        <source>The cart is open again: choose another provider or fix the sale, then Pay.</source>
        <translation>Keranjang dibuka lagi: pilih penyedia lain atau perbaiki penjualan, lalu Bayar.</translation>
    </message>
    <message>
        <source>Channel list not fetched yet (Ctrl+R)</source>
        <translation>Daftar kanal belum diambil (Ctrl+R)</translation>
    </message>
    <message>
        <source>%1 of 4 providers available · list of %2</source>
        <translation>%1 dari 4 penyedia tersedia · daftar per %2</translation>
    </message>
    <message>
        <source>Payments are stopped: %1</source>
        <translation>Pembayaran dihentikan: %1</translation>
    </message>
    <message>
        <source>Bill %1 is paid.</source>
        <translation>Tagihan %1 sudah lunas.</translation>
    </message>
    <message>
        <source>This bill cannot be cancelled now (it is no longer open).</source>
        <translation>Tagihan ini tidak dapat dibatalkan sekarang (sudah tidak terbuka).</translation>
    </message>
    <message>
        <source>Receipts are not set up on this counter.</source>
        <translation>Struk belum diatur di kasir ini.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The embedded browser cannot start: %1</source>
        <translation>Browser bawaan tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>Refreshing the channel list…</source>
        <translation>Memuat ulang daftar kanal…</translation>
    </message>
    <message>
        <source>A copy of the receipt is being made…</source>
        <translation>Salinan struk sedang dibuat…</translation>
    </message>
    <message>
        <source>Pending payments: %1</source>
        <translation>Pembayaran tertunda: %1</translation>
    </message>
    <message>
        <source>Problems to fix before paying: %1. Each is shown at its field; nothing was sent.</source>
        <translation>Ada %1 hal yang perlu diperbaiki sebelum membayar. Masing-masing ditunjukkan di kolomnya; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Pengaturan disimpan</translation>
    </message>
    <message>
        <source>The settings are saved. The gateway, the credentials, the printer and the language are used from the next start of Kasir; payments in progress are kept and resume by themselves.</source>
        <translation>Pengaturan sudah disimpan. Gateway, kredensial, printer, dan bahasa dipakai mulai Kasir dijalankan lagi; pembayaran yang sedang berjalan tetap tersimpan dan dilanjutkan dengan sendirinya.</translation>
    </message>
    <message>
        <source>Scanned &quot;%1&quot;: finish or leave the payment on screen first (Esc), then scan again.</source>
        <translation>&quot;%1&quot; terpindai: selesaikan atau tinggalkan dulu pembayaran di layar (Esc), lalu pindai lagi.</translation>
    </message>
    <message>
        <source>That scan is not a known product code; nothing was added. Scan it again, or find the product by name (F3).</source>
        <translation>Hasil pindaian bukan kode produk yang dikenal; tidak ada yang ditambahkan. Pindai lagi, atau cari produk menurut nama (F3).</translation>
    </message>
    <message>
        <source>Start a new bill for this sale of %1? Bill %2 may still be paid by the customer.</source>
        <translation>Buat tagihan baru untuk penjualan %1 ini? Tagihan %2 mungkin masih dibayar oleh pelanggan.</translation>
    </message>
    <message>
        <source>Cancel bill %1 of %2 at Faspay?</source>
        <translation>Batalkan tagihan %1 sebesar %2 di Faspay?</translation>
    </message>
    <message>
        <source>Open the settings?</source>
        <translation>Buka pengaturan?</translation>
    </message>
    <message>
        <source>Sign in / change cashier</source>
        <translation>Masuk / ganti kasir</translation>
    </message>
    <message>
        <source>Change cashier</source>
        <translation>Ganti kasir</translation>
    </message>
    <message>
        <source>Terminal %1 · nobody signed in (Ctrl+L)</source>
        <translation>Terminal %1 · belum ada yang masuk (Ctrl+L)</translation>
    </message>
    <message>
        <source>No supervisor is set up on this till, so it takes no sale. Set one up (Ctrl+L) first.</source>
        <translation>Belum ada supervisor di kasir ini, jadi kasir ini tidak menerima penjualan. Buat dulu (Ctrl+L).</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in first (Ctrl+L); nothing was sent.</source>
        <translation>Belum ada yang masuk. Masuk dulu (Ctrl+L); tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 sudah masuk.</translation>
    </message>
    <message>
        <source>Print copy %1 of this receipt? %2 copies were printed already.</source>
        <translation>Cetak salinan %1 dari struk ini? Sudah %2 salinan dicetak.</translation>
    </message>
</context>
<context>
    <name>kasir::Order</name>
    <message>
        <source>Must be text.</source>
        <translation>Harus berupa teks.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>Must be a whole number (rupiah).</source>
        <translation>Harus berupa bilangan bulat (rupiah).</translation>
    </message>
    <message>
        <source>Must be an object.</source>
        <translation>Harus berupa objek.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Harus berupa daftar.</translation>
    </message>
    <message>
        <source>Pay in 30 days</source>
        <translation>Bayar dalam 30 hari</translation>
    </message>
    <message>
        <source>3 monthly instalments</source>
        <translation>Cicilan 3 bulan</translation>
    </message>
    <message>
        <source>6 monthly instalments</source>
        <translation>Cicilan 6 bulan</translation>
    </message>
    <message>
        <source>12 monthly instalments</source>
        <translation>Cicilan 12 bulan</translation>
    </message>
    <message>
        <source>The description is too long (128 characters at most).</source>
        <translation>Deskripsi terlalu panjang (maksimal 128 karakter).</translation>
    </message>
    <message>
        <source>Kredivo instalments need a total of at least %1; this sale is %2. Choose &quot;Pay in 30 days&quot; or another provider.</source>
        <translation>Cicilan Kredivo memerlukan total minimal %1; penjualan ini %2. Pilih &quot;Bayar dalam 30 hari&quot; atau penyedia lain.</translation>
    </message>
    <message>
        <source>The order is not a JSON object (%1).</source>
        <translation>Pesanan bukan objek JSON (%1).</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;. Use kredivo, akulaku, indodana or briceria.</source>
        <translation>Kanal &quot;%1&quot; tidak dikenal. Gunakan kredivo, akulaku, indodana, atau briceria.</translation>
    </message>
    <message>
        <source>Unknown tenor &quot;%1&quot;. Use 30_days, 3_months, 6_months or 12_months.</source>
        <translation>Tenor &quot;%1&quot; tidak dikenal. Gunakan 30_days, 3_months, 6_months, atau 12_months.</translation>
    </message>
    <message>
        <source>Unknown fee kind &quot;%1&quot;. Use shippingfee, adminfee, taxfee, additionalfee or insurancefee.</source>
        <translation>Jenis biaya &quot;%1&quot; tidak dikenal. Gunakan shippingfee, adminfee, taxfee, additionalfee, atau insurancefee.</translation>
    </message>
</context>
<context>
    <name>kasir::PasswordStore</name>
    <message>
        <source>No Faspay password is stored in the keychain for this merchant yet. Enter it in Settings.</source>
        <translation>Belum ada kata sandi Faspay di keychain untuk merchant ini. Masukkan di Pengaturan.</translation>
    </message>
    <message>
        <source>The keychain refused access to the Faspay password. Unlock the keychain (log in again) and try once more.</source>
        <translation>Keychain menolak akses ke kata sandi Faspay. Buka kunci keychain (masuk lagi) dan coba sekali lagi.</translation>
    </message>
    <message>
        <source>The Faspay password could not be removed from the keychain. Try again, or remove it with the system&apos;s password manager.</source>
        <translation>Kata sandi Faspay tidak dapat dihapus dari keychain. Coba lagi, atau hapus dengan pengelola kata sandi sistem.</translation>
    </message>
    <message>
        <source>The keychain failed. Try again; if it keeps failing, restart the computer.</source>
        <translation>Keychain gagal. Coba lagi; jika terus gagal, nyalakan ulang komputer.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the Faspay password cannot be saved. Set it in the environment variable KASIR_FASPAY_PASSWORD instead.</source>
        <translation>Komputer ini tidak memiliki keychain, jadi kata sandi Faspay tidak dapat disimpan. Atur lewat variabel lingkungan KASIR_FASPAY_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>kasir::PaymentPanel</name>
    <message>
        <source>Bill no.</source>
        <translation>No. tagihan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Faspay transaction</source>
        <translation>Transaksi Faspay</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Riwayat proses</translation>
    </message>
    <message>
        <source>Check now  ·  F5</source>
        <translation>Periksa sekarang  ·  F5</translation>
    </message>
    <message>
        <source>Open here  ·  F9</source>
        <translation>Buka di sini  ·  F9</translation>
    </message>
    <message>
        <source>Customer display  ·  F11</source>
        <translation>Layar pelanggan  ·  F11</translation>
    </message>
    <message>
        <source>Cancel bill  ·  F8</source>
        <translation>Batalkan tagihan  ·  F8</translation>
    </message>
    <message>
        <source>New attempt…</source>
        <translation>Percobaan baru…</translation>
    </message>
    <message>
        <source>Leave in pending  ·  Esc</source>
        <translation>Tinggalkan di tertunda  ·  Esc</translation>
    </message>
    <message>
        <source>Print receipt  ·  Ctrl+P</source>
        <translation>Cetak struk  ·  Ctrl+P</translation>
    </message>
    <message>
        <source>Save PDF  ·  Ctrl+S</source>
        <translation>Simpan PDF  ·  Ctrl+S</translation>
    </message>
    <message>
        <source>New sale  ·  Ctrl+N</source>
        <translation>Penjualan baru  ·  Ctrl+N</translation>
    </message>
    <message>
        <source>Back to cart  ·  Esc</source>
        <translation>Kembali ke keranjang  ·  Esc</translation>
    </message>
    <message>
        <source>The QR code appears when Faspay answers.</source>
        <translation>Kode QR muncul setelah Faspay menjawab.</translation>
    </message>
    <message>
        <source>%1   %2 (×%3)</source>
        <translation>%1   %2 (×%3)</translation>
    </message>
    <message>
        <source>No payment link: %1.</source>
        <translation>Tidak ada tautan pembayaran: %1.</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>Dibayar dengan %1</translation>
    </message>
    <message>
        <source>Scan with your phone to pay with %1</source>
        <translation>Pindai dengan ponsel untuk membayar dengan %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>Cancel bill %1 at Faspay? The customer can no longer pay it. If they already paid, Kasir will tell you.</source>
        <translation>Batalkan tagihan %1 di Faspay? Pelanggan tidak dapat membayarnya lagi. Jika pelanggan sudah membayar, Kasir akan memberi tahu Anda.</translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Tetap menunggu</translation>
    </message>
    <message>
        <source>Faspay&apos;s answer to bill %1 was lost: the bill may exist and the customer may still pay it. A new attempt makes a second bill with a new number. If the customer pays both, they pay twice. Start a new attempt only if the customer has not paid and will not use the first link.</source>
        <translation>Jawaban Faspay untuk tagihan %1 hilang: tagihan itu mungkin sudah ada dan pelanggan masih bisa membayarnya. Percobaan baru membuat tagihan kedua dengan nomor baru. Jika pelanggan membayar keduanya, pelanggan membayar dua kali. Mulai percobaan baru hanya jika pelanggan belum membayar dan tidak akan memakai tautan pertama.</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>Mulai percobaan baru</translation>
    </message>
    <message>
        <source>Keep checking</source>
        <translation>Terus periksa</translation>
    </message>
    <message>
        <source>This payment is still open. Leave it in Pending payments (Ctrl+I) and start a new sale? Kasir keeps checking it.</source>
        <translation>Pembayaran ini masih terbuka. Tinggalkan di Pembayaran tertunda (Ctrl+I) dan mulai penjualan baru? Kasir tetap memeriksanya.</translation>
    </message>
    <message>
        <source>Leave in pending</source>
        <translation>Tinggalkan di tertunda</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Tetap di sini</translation>
    </message>
</context>
<context>
    <name>kasir::PendingInbox</name>
    <message>
        <source>Pending payments</source>
        <translation>Pembayaran tertunda</translation>
    </message>
    <message>
        <source>Payments that are not final yet, from this and earlier sales. Kasir keeps checking each of them, also after a restart. Open one to show its QR code again, or check or cancel it here.</source>
        <translation>Pembayaran yang belum final, dari penjualan ini dan sebelumnya. Kasir terus memeriksa masing-masing, juga setelah dimulai ulang. Buka salah satunya untuk menampilkan kode QR lagi, atau periksa atau batalkan di sini.</translation>
    </message>
    <message>
        <source>No pending payments.</source>
        <translation>Tidak ada pembayaran tertunda.</translation>
    </message>
    <message>
        <source>Open  ·  Enter</source>
        <translation>Buka  ·  Enter</translation>
    </message>
    <message>
        <source>Check now  ·  F5</source>
        <translation>Periksa sekarang  ·  F5</translation>
    </message>
    <message>
        <source>Cancel bill  ·  F8</source>
        <translation>Batalkan tagihan  ·  F8</translation>
    </message>
    <message>
        <source>Back  ·  Esc</source>
        <translation>Kembali  ·  Esc</translation>
    </message>
    <message>
        <source>Cancel bill %1 at Faspay? The customer can no longer pay it. If they already paid, Kasir will tell you.</source>
        <translation>Batalkan tagihan %1 di Faspay? Pelanggan tidak dapat membayarnya lagi. Jika pelanggan sudah membayar, Kasir akan memberi tahu Anda.</translation>
    </message>
    <message>
        <source>Cancel the bill</source>
        <translation>Batalkan tagihan</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
</context>
<context>
    <name>kasir::PendingModel</name>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>Bill no.</source>
        <translation>No. tagihan</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
</context>
<context>
    <name>kasir::ProductEntry</name>
    <message>
        <source>Scan, or type a code or part of a name, then Enter</source>
        <translation>Pindai, atau ketik kode atau sebagian nama, lalu Enter</translation>
    </message>
    <message>
        <source>Product code or name</source>
        <translation>Kode atau nama produk</translation>
    </message>
    <message>
        <source>Several products match &quot;%1&quot;: pick one with the arrows and Enter.</source>
        <translation>Beberapa produk cocok dengan &quot;%1&quot;: pilih salah satu dengan tombol panah dan Enter.</translation>
    </message>
    <message>
        <source>No product with the code or name &quot;%1&quot;. Check the code, or import the product list.</source>
        <translation>Tidak ada produk dengan kode atau nama &quot;%1&quot;. Periksa kodenya, atau impor daftar produk.</translation>
    </message>
</context>
<context>
    <name>kasir::ProductImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Impor produk</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet, one product a line: SKU, name, price in rupiah, and barcodes (several separated by |). A header line may name the columns. Products with a SKU already in the catalog are updated.</source>
        <translation>Berkas CSV dari spreadsheet, satu produk per baris: SKU, nama, harga dalam rupiah, dan barcode (jika lebih dari satu, pisahkan dengan |). Baris pertama boleh berisi nama kolom. Produk yang SKU-nya sudah ada di katalog akan diperbarui.</translation>
    </message>
    <message>
        <source>/path/to/products.csv</source>
        <translation>/lokasi/produk.csv</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Alasan tidak diimpor</translation>
    </message>
    <message>
        <source>Product list</source>
        <translation>Daftar produk</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2. Check the name and try again.</source>
        <translation>Berkas &quot;%1&quot; tidak dapat dibaca: %2. Periksa namanya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again; the others are in the catalog already.</source>
        <translation>Perbaiki baris yang ditolak di berkas, lalu impor lagi; baris lainnya sudah masuk katalog.</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, rejected rows: %3.</source>
        <translation>Ditambahkan: %1, diperbarui: %2, baris ditolak: %3.</translation>
    </message>
</context>
<context>
    <name>kasir::QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>Kode QR pembayaran</translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptPdf</name>
    <message>
        <source>The receipt folder %1 could not be created. Check that the data folder is writable, then save the receipt again.</source>
        <translation>Folder struk %1 tidak dapat dibuat. Pastikan folder data dapat ditulis, lalu simpan struk lagi.</translation>
    </message>
    <message>
        <source>The receipt PDF %1 could not be written (%2). Check the disk and the data folder, then save the receipt again.</source>
        <translation>PDF struk %1 tidak dapat ditulis (%2). Periksa disk dan folder data, lalu simpan struk lagi.</translation>
    </message>
    <message>
        <source>The receipt PDF could not be started. Save the receipt again; if it keeps failing, restart Kasir.</source>
        <translation>PDF struk tidak dapat dibuat. Simpan struk lagi; jika terus gagal, mulai ulang Kasir.</translation>
    </message>
    <message>
        <source>The receipt PDF %1 could not be saved (%2). Check the free disk space, then save the receipt again.</source>
        <translation>PDF struk %1 tidak dapat disimpan (%2). Periksa ruang disk yang tersisa, lalu simpan struk lagi.</translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptPrinter</name>
    <message>
        <source>The printer %1 could not be opened. Check that it is switched on and installed in the system&apos;s printer settings, then print the receipt again.</source>
        <translation>Printer %1 tidak dapat dibuka. Pastikan printer menyala dan terpasang di pengaturan printer sistem, lalu cetak struk lagi.</translation>
    </message>
    <message>
        <source>(default printer)</source>
        <translation>(printer bawaan)</translation>
    </message>
    <message>
        <source>The printer %1 reported an error while printing. Check the printer, then print the receipt again.</source>
        <translation>Printer %1 melaporkan galat saat mencetak. Periksa printer, lalu cetak struk lagi.</translation>
    </message>
    <message>
        <source>Receipt %1 — print preview</source>
        <translation>Struk %1 — pratinjau cetak</translation>
    </message>
</context>
<context>
    <name>kasir::ReceiptService</name>
    <message>
        <source>Only a paid sale has a receipt.</source>
        <translation>Hanya penjualan yang lunas yang memiliki struk.</translation>
    </message>
</context>
<context>
    <name>kasir::SalePage</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Products  ·  F2 code  ·  F3 name</source>
        <translation>Produk  ·  F2 kode  ·  F3 nama</translation>
    </message>
    <message>
        <source>Fees and discount  ·  F7</source>
        <translation>Biaya dan diskon  ·  F7</translation>
    </message>
    <message>
        <source>Buyer details (F4)</source>
        <translation>Data pembeli (F4)</translation>
    </message>
    <message>
        <source>Pay with  ·  F6</source>
        <translation>Bayar dengan  ·  F6</translation>
    </message>
    <message>
        <source>Pay  ·  F12</source>
        <translation>Bayar  ·  F12</translation>
    </message>
    <message>
        <source>Enter edit · +/− qty · Del remove</source>
        <translation>Enter ubah · +/− jumlah · Del hapus</translation>
    </message>
    <message>
        <source>Added: %1 × %2. Faspay receives the name shortened to %3 characters.</source>
        <translation>Ditambahkan: %1 × %2. Faspay menerima nama yang dipendekkan menjadi %3 karakter.</translation>
    </message>
    <message>
        <source>Added: %1 × %2 (%3)</source>
        <translation>Ditambahkan: %1 × %2 (%3)</translation>
    </message>
</context>
<context>
    <name>kasir::Settings</name>
    <message>
        <source>Enter the https:// address Faspay gives for production, for example https://web.faspay.co.id.</source>
        <translation>Masukkan alamat https:// produksi dari Faspay, misalnya https://web.faspay.co.id.</translation>
    </message>
    <message>
        <source>Enter an https:// address (plain http:// only for this computer, 127.0.0.1).</source>
        <translation>Masukkan alamat https:// (http:// biasa hanya untuk komputer ini, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The merchant ID is 5 digits, as Faspay gave it.</source>
        <translation>ID merchant terdiri dari 5 angka, sesuai yang diberikan Faspay.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Masukkan nama toko.</translation>
    </message>
    <message>
        <source>Use 1 to 4 letters or digits (A-Z, 0-9), without spaces.</source>
        <translation>Gunakan 1 sampai 4 huruf atau angka (A-Z, 0-9), tanpa spasi.</translation>
    </message>
    <message>
        <source>Enter the merchant name.</source>
        <translation>Masukkan nama merchant.</translation>
    </message>
    <message>
        <source>Letters, digits and . _ - @ only, or leave it empty.</source>
        <translation>Hanya huruf, angka dan . _ - @, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Write it as address:port, for example 0.0.0.0:8765.</source>
        <translation>Tulis sebagai alamat:port, misalnya 0.0.0.0:8765.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s address, for example 192.168.1.50:9100.</source>
        <translation>Masukkan alamat printer, misalnya 192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>Enter the printer&apos;s device, for example /dev/usb/lp0.</source>
        <translation>Masukkan perangkat printer, misalnya /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Write names like web.faspay.co.id or *.kredivo.com, separated by spaces.</source>
        <translation>&quot;%1&quot; bukan nama host. Tulis nama seperti web.faspay.co.id atau *.kredivo.com, dipisahkan spasi.</translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://, as in Faspay&apos;s portal.</source>
        <translation>Masukkan alamat lengkap, diawali https://, seperti di portal Faspay.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Enter the current PIN to change it.</source>
        <translation>Masukkan PIN sekarang untuk menggantinya.</translation>
    </message>
    <message>
        <source>Give this counter its own terminal code (K01 is every new install&apos;s): no two counters of the merchant may share one.</source>
        <translation>Beri kasir ini kode terminalnya sendiri (K01 adalah kode setiap instalasi baru): dua kasir milik merchant yang sama tidak boleh memakai kode yang sama.</translation>
    </message>
</context>
<context>
    <name>kasir::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Faspay</source>
        <translation>Faspay</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Printer struk</translation>
    </message>
    <message>
        <source>Language and supervisor</source>
        <translation>Bahasa dan supervisor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Printed at the top of every receipt.</source>
        <translation>Dicetak di bagian atas setiap struk.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Also on the receipt; a telephone number may go on the last line.</source>
        <translation>Juga tercetak di struk; nomor telepon boleh di baris terakhir.</translation>
    </message>
    <message>
        <source>Terminal code</source>
        <translation>Kode terminal</translation>
    </message>
    <message>
        <source>1 to 4 letters or digits, different for every counter of the store. It starts every bill number.</source>
        <translation>1 sampai 4 huruf atau angka, berbeda untuk setiap kasir di toko. Menjadi awal setiap nomor tagihan.</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Printed on receipts.</source>
        <translation>Dicetak di struk.</translation>
    </message>
    <message>
        <source>Training (practice gateway built into Kasir, no money moves)</source>
        <translation>Latihan (gateway latihan di dalam Kasir, tidak ada uang yang berpindah)</translation>
    </message>
    <message>
        <source>Faspay sandbox (test account)</source>
        <translation>Sandbox Faspay (akun uji)</translation>
    </message>
    <message>
        <source>Production (real payments)</source>
        <translation>Produksi (pembayaran nyata)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Alamat khusus</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Production address</source>
        <translation>Alamat produksi</translation>
    </message>
    <message>
        <source>Faspay shows the production address in its merchant portal (Settings, Credentials).</source>
        <translation>Faspay menampilkan alamat produksi di portal merchant (Settings, Credentials).</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>ID merchant</translation>
    </message>
    <message>
        <source>The 5-digit merchant code from Faspay.</source>
        <translation>Kode merchant 5 angka dari Faspay.</translation>
    </message>
    <message>
        <source>Merchant name</source>
        <translation>Nama merchant</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Leave empty to use the usual one shown in grey.</source>
        <translation>Biarkan kosong untuk memakai yang biasa (tampil abu-abu).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Receive Faspay&apos;s payment notifications</source>
        <translation>Terima notifikasi pembayaran dari Faspay</translation>
    </message>
    <message>
        <source>Address and port to listen on (host:port). Faspay must be able to reach it; without it Kasir asks Faspay for the status itself.</source>
        <translation>Alamat dan port untuk mendengarkan (host:port). Faspay harus bisa menjangkaunya; tanpanya Kasir menanyakan status sendiri ke Faspay.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Bill valid for</source>
        <translation>Tagihan berlaku</translation>
    </message>
    <message>
        <source>How long the customer has to finish on the lender&apos;s page.</source>
        <translation>Berapa lama pelanggan boleh menyelesaikan di halaman penyedia kredit.</translation>
    </message>
    <message>
        <source>Browser may open</source>
        <translation>Browser boleh membuka</translation>
    </message>
    <message>
        <source>Hosts of Faspay&apos;s and the lenders&apos; pages that the embedded browser may open, separated by spaces; *.example.com includes every name under example.com.</source>
        <translation>Host halaman Faspay dan penyedia kredit yang boleh dibuka browser bawaan, dipisahkan spasi; *.example.com mencakup semua nama di bawah example.com.</translation>
    </message>
    <message>
        <source>Return URL</source>
        <translation>URL kembali (Return URL)</translation>
    </message>
    <message>
        <source>The Return URL registered in Faspay&apos;s merchant portal. When the embedded browser reaches it, Kasir checks the payment at once instead of showing that page. Not needed in training.</source>
        <translation>Return URL yang didaftarkan di portal merchant Faspay. Saat browser bawaan mencapainya, Kasir langsung memeriksa pembayaran alih-alih menampilkan halaman itu. Tidak perlu dalam latihan.</translation>
    </message>
    <message>
        <source>No printer (PDF archive only)</source>
        <translation>Tanpa printer (hanya arsip PDF)</translation>
    </message>
    <message>
        <source>Printer installed on this computer</source>
        <translation>Printer yang terpasang di komputer ini</translation>
    </message>
    <message>
        <source>Receipt printer on the network (ESC/POS)</source>
        <translation>Printer struk di jaringan (ESC/POS)</translation>
    </message>
    <message>
        <source>Receipt printer on USB or serial (ESC/POS)</source>
        <translation>Printer struk USB atau serial (ESC/POS)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Printer bawaan sistem</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Printer sistem</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Alamat jaringan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>80 mm (48 characters)</source>
        <translation>80 mm (48 karakter)</translation>
    </message>
    <message>
        <source>58 mm (32 characters)</source>
        <translation>58 mm (32 karakter)</translation>
    </message>
    <message>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <source>Print the receipt as soon as a sale is paid</source>
        <translation>Cetak struk begitu penjualan lunas</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Sama dengan komputer</translation>
    </message>
    <message>
        <source>A new language shows the next time Kasir starts.</source>
        <translation>Bahasa baru tampil saat Kasir dibuka lagi.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN sekarang</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>%1 (not installed now)</source>
        <translation>%1 (sekarang tidak terpasang)</translation>
    </message>
    <message>
        <source>A supervisor PIN is set. To change it, enter the current one and the new one twice.</source>
        <translation>PIN supervisor sudah diatur. Untuk menggantinya, masukkan PIN sekarang dan PIN baru dua kali.</translation>
    </message>
    <message>
        <source>No supervisor PIN is set yet: set one (4 to 8 digits) so that cancelling and settling payments by hand need it.</source>
        <translation>Belum ada PIN supervisor: buat satu (4 sampai 8 angka) agar pembatalan dan penyelesaian manual memerlukannya.</translation>
    </message>
    <message>
        <source>The password comes from the environment variable KASIR_FASPAY_PASSWORD; it wins over the keychain.</source>
        <translation>Kata sandi diambil dari variabel lingkungan KASIR_FASPAY_PASSWORD; itu mengalahkan keychain.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Memeriksa keychain…</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Tersimpan di keychain; ketik untuk menggantinya</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain, not in the settings file.</source>
        <translation>Kata sandi disimpan di keychain komputer ini, bukan di berkas pengaturan.</translation>
    </message>
    <message>
        <source>No password saved yet. It will be kept in this computer&apos;s keychain, not in the settings file.</source>
        <translation>Belum ada kata sandi tersimpan. Kata sandi akan disimpan di keychain komputer ini, bukan di berkas pengaturan.</translation>
    </message>
    <message>
        <source>Training uses the practice gateway built into Kasir: there is nothing to connect to. Choose the Faspay sandbox or production to test your merchant account.</source>
        <translation>Latihan memakai gateway latihan di dalam Kasir: tidak ada yang perlu dihubungi. Pilih sandbox Faspay atau produksi untuk menguji akun merchant Anda.</translation>
    </message>
    <message>
        <source>Asking Faspay for the merchant&apos;s channels…</source>
        <translation>Menanyakan kanal merchant ke Faspay…</translation>
    </message>
    <message>
        <source>✓ %1 (channel %2)</source>
        <translation>✓ %1 (kanal %2)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Faspay as merchant %1. The merchant has %n channel(s); Kasir can sell through these:</source>
        <translation>
            <numerusform>Terhubung ke Faspay sebagai merchant %1. Merchant memiliki %n kanal; Kasir dapat menjual melalui kanal berikut:</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>PIN sekarang salah.</translation>
    </message>
    <message>
        <source>The settings file could not be written. Check the disk and try again.</source>
        <translation>Berkas pengaturan tidak dapat ditulis. Periksa disk dan coba lagi.</translation>
    </message>
    <message>
        <source>Embedded browser (&quot;Open here&quot;)</source>
        <translation>Browser tertanam (&quot;Buka di sini&quot;)</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Off: the QR code only. Kasir then starts faster and uses about 50 MB less memory (no graphics context for the browser). Applies from the next start.</source>
        <translation>Mati: hanya kode QR. Kasir lalu mulai lebih cepat dan memakai memori sekitar 50 MB lebih sedikit (tanpa konteks grafis untuk browser). Berlaku mulai Kasir dijalankan lagi.</translation>
    </message>
    <message>
        <source>%1 is not one of Faspay&apos;s hosts. Selling through it needs a supervisor&apos;s approval: set up a supervisor first.</source>
        <translation>%1 bukan server Faspay. Menjual melaluinya memerlukan persetujuan supervisor: buat akun supervisor dulu.</translation>
    </message>
    <message>
        <source>Sell through %1? It is not one of Faspay&apos;s hosts: money paid there does not go through Faspay. Every sale, receipt and end of day will say NOT FASPAY.</source>
        <translation>Menjual melalui %1? Ini bukan server Faspay: uang yang dibayar di sana tidak lewat Faspay. Setiap penjualan, struk, dan tutup hari akan bertanda BUKAN FASPAY.</translation>
    </message>
    <message>
        <source>Each supervisor approves with their own PIN: see the Staff tab.</source>
        <translation>Setiap supervisor menyetujui dengan PIN-nya sendiri: lihat tab Staf.</translation>
    </message>
    <message>
        <source>Who may sign in at this till. Supervisors approve cancels, settings and settling by hand with their own PIN. Nobody is deleted: a member who leaves is removed from the list but stays in the history.</source>
        <translation>Siapa yang boleh masuk di kasir ini. Supervisor menyetujui pembatalan, pengaturan, dan penyelesaian manual dengan PIN-nya sendiri. Tidak ada yang dihapus: staf yang keluar dihapus dari daftar tetapi tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 sudah ditambahkan.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 sudah dihapus dari daftar.</translation>
    </message>
    <message>
        <source>%1 — supervisor</source>
        <translation>%1 — supervisor</translation>
    </message>
    <message>
        <source>%1 — cashier</source>
        <translation>%1 — kasir</translation>
    </message>
    <message>
        <source>New PIN…</source>
        <translation>PIN baru…</translation>
    </message>
    <message>
        <source>The PIN of %1 is changed.</source>
        <translation>PIN %1 sudah diganti.</translation>
    </message>
</context>
<context>
    <name>kasir::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Any key closes this</source>
        <translation>Tekan tombol apa saja untuk menutup</translation>
    </message>
</context>
<context>
    <name>kasir::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN. Every sale, cancel and approval is recorded under the name signed in.</source>
        <translation>Pilih nama Anda dan ketik PIN Anda. Setiap penjualan, pembatalan, dan persetujuan dicatat atas nama yang masuk.</translation>
    </message>
    <message>
        <source>%1 (supervisor)</source>
        <translation>%1 (supervisor)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Too many wrong PINs (%1 in a row). Try again in %2 s.</source>
        <translation>Terlalu banyak PIN salah (%1 kali berturut-turut). Coba lagi dalam %2 detik.</translation>
    </message>
    <message>
        <source>This name is no longer on the staff list. Ask a supervisor.</source>
        <translation>Nama ini sudah tidak ada di daftar staf. Tanyakan kepada supervisor.</translation>
    </message>
    <message>
        <source>The PIN is not right. Wait %1 s before the next try.</source>
        <translation>PIN salah. Tunggu %1 detik sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>kasir::StaffDirectory</name>
    <message>
        <source>The staff list could not be saved. Check the disk and try again.</source>
        <translation>Daftar staf tidak dapat disimpan. Periksa disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Nama paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>A name has letters, digits and spaces only.</source>
        <translation>Nama hanya boleh berisi huruf, angka, dan spasi.</translation>
    </message>
    <message>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>PIN terdiri dari %1 sampai %2 angka.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Another supervisor has this PIN. Choose another one.</source>
        <translation>Supervisor lain sudah memakai PIN ini. Pilih PIN lain.</translation>
    </message>
    <message>
        <source>%1 is already on the staff list (or was).</source>
        <translation>%1 sudah ada (atau pernah ada) di daftar staf.</translation>
    </message>
    <message>
        <source>%1 is not on the staff list.</source>
        <translation>%1 tidak ada di daftar staf.</translation>
    </message>
    <message>
        <source>%1 is the only supervisor. Add another supervisor first: without one the till takes no sale.</source>
        <translation>%1 adalah satu-satunya supervisor. Tambahkan supervisor lain dulu: tanpa supervisor kasir ini tidak menerima penjualan.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>kasir::StaffMemberDialog</name>
    <message>
        <source>Set up the supervisor</source>
        <translation>Buat akun supervisor</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Tambah staf</translation>
    </message>
    <message>
        <source>No supervisor is set up on this till yet, so it takes no sale. The shop owner or shift supervisor enters a name and a PIN of 4 to 8 digits: that PIN approves cancels, settings and settling by hand.</source>
        <translation>Belum ada supervisor di kasir ini, jadi kasir ini belum menerima penjualan. Pemilik toko atau supervisor shift memasukkan nama dan PIN 4 sampai 8 angka: PIN itu menyetujui pembatalan, pengaturan, dan penyelesaian manual.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <source>Supervisor (approves)</source>
        <translation>Supervisor (menyetujui)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>PIN baru untuk %1</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Simpan PIN</translation>
    </message>
</context>
<context>
    <name>kasir::SupervisorDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <source>This changes a payment. A supervisor enters the PIN and writes why; both are kept in the payment&apos;s history.</source>
        <translation>Ini mengubah pembayaran. Supervisor memasukkan PIN dan menulis alasannya; keduanya disimpan di riwayat pembayaran.</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>For example: the customer changed their mind and paid cash</source>
        <translation>Misalnya: pelanggan berubah pikiran dan membayar tunai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No supervisor PIN is set, so this cannot be approved here. Set a PIN in Settings first.</source>
        <translation>Belum ada PIN supervisor, jadi ini tidak dapat disetujui di sini. Buat PIN di Pengaturan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The PIN is not right. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: enter the supervisor PIN.</source>
        <translation>Hanya supervisor yang boleh melakukan ini: masukkan PIN supervisor.</translation>
    </message>
    <message>
        <source>Too many wrong PINs (%1 in a row). Try again in %2 s.</source>
        <translation>Terlalu banyak PIN salah (%1 kali berturut-turut). Coba lagi dalam %2 detik.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>PIN boleh dicoba lagi sekarang.</translation>
    </message>
    <message>
        <source>No supervisor PIN is set any more. Set one in Settings.</source>
        <translation>PIN supervisor sudah tidak diatur. Atur PIN di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>kasir::SystemReceiptOutput</name>
    <message>
        <source>No default printer is set up. Choose the receipt printer in Settings, then print the receipt again.</source>
        <translation>Belum ada printer bawaan. Pilih printer struk di Pengaturan, lalu cetak struk lagi.</translation>
    </message>
    <message>
        <source>The printer %1 is not installed on this computer. Check its name in Settings, then print the receipt again.</source>
        <translation>Printer %1 tidak terpasang di komputer ini. Periksa namanya di Pengaturan, lalu cetak struk lagi.</translation>
    </message>
    <message>
        <source>The printer %1 reports an error. Check it (paper, cover, cable) and the system&apos;s print queue, then print the receipt again.</source>
        <translation>Printer %1 melaporkan galat. Periksa printer (kertas, tutup, kabel) dan antrean cetak sistem, lalu cetak struk lagi.</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Printer bawaan sistem</translation>
    </message>
    <message>
        <source>System printer %1</source>
        <translation>Printer sistem %1</translation>
    </message>
</context>
<context>
    <name>kasir::TotalsPanel</name>
    <message>
        <source>Total to pay</source>
        <translation>Total bayar</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>%1 barang</translation>
    </message>
</context>
<context>
    <name>kasir::faspay::ChannelCatalog</name>
    <message>
        <source>The channel list has not been fetched from Faspay yet. Check the connection and refresh the channel list.</source>
        <translation>Daftar kanal belum diambil dari Faspay. Periksa koneksi, lalu muat ulang daftar kanal.</translation>
    </message>
    <message>
        <source>Faspay lists more than one BRI Ceria channel. Ask Faspay which one this merchant should use.</source>
        <translation>Faspay mencantumkan lebih dari satu kanal BRI Ceria. Tanyakan kepada Faspay kanal mana yang harus dipakai merchant ini.</translation>
    </message>
    <message>
        <source>%1 is not in this merchant&apos;s channel list. Ask Faspay to enable it, then refresh the channel list.</source>
        <translation>%1 tidak ada dalam daftar kanal merchant ini. Minta Faspay mengaktifkannya, lalu muat ulang daftar kanal.</translation>
    </message>
</context>
<context>
    <name>kasir::faspay::Codes</name>
    <message>
        <source>Faspay accepted the request. Nothing to do.</source>
        <translation>Faspay menerima permintaan ini. Tidak perlu tindakan apa pun.</translation>
    </message>
    <message>
        <source>Faspay does not recognise the merchant ID. A supervisor must check the merchant ID in Settings against the Faspay merchant portal.</source>
        <translation>Faspay tidak mengenali ID merchant. Supervisor harus mencocokkan ID merchant di Pengaturan dengan portal merchant Faspay.</translation>
    </message>
    <message>
        <source>Faspay refused the amount. Check the prices, fees and discount and try again; if it happens again, choose another provider.</source>
        <translation>Faspay menolak jumlah tagihan. Periksa harga, biaya, dan diskon, lalu coba lagi; jika terulang, pilih penyedia lain.</translation>
    </message>
    <message>
        <source>Faspay refused the order as invalid or already known. Start a new payment; if it happens again, report it to support with the bill number.</source>
        <translation>Faspay menolak pesanan karena tidak valid atau sudah terdaftar. Mulai pembayaran baru; jika terulang, laporkan ke dukungan teknis beserta nomor tagihan.</translation>
    </message>
    <message>
        <source>The order was cancelled by the merchant or the customer. Start a new payment if the customer still wants to buy.</source>
        <translation>Pesanan dibatalkan oleh merchant atau pelanggan. Mulai pembayaran baru jika pelanggan masih ingin membeli.</translation>
    </message>
    <message>
        <source>The provider does not know this customer or phone number. Check the phone number with the customer, or choose another provider.</source>
        <translation>Penyedia tidak mengenali pelanggan atau nomor telepon ini. Periksa nomor telepon bersama pelanggan, atau pilih penyedia lain.</translation>
    </message>
    <message>
        <source>The merchant&apos;s Faspay subscription has expired. Ask Faspay to renew it; until then, take another form of payment.</source>
        <translation>Langganan Faspay merchant sudah berakhir. Minta Faspay memperpanjangnya; sementara itu, terima cara pembayaran lain.</translation>
    </message>
    <message>
        <source>Faspay could not read the request (format error). Take another form of payment and report this to support with the bill number.</source>
        <translation>Faspay tidak dapat membaca permintaan (kesalahan format). Terima cara pembayaran lain dan laporkan ke dukungan teknis beserta nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay does not support this request for this merchant or channel. Choose another provider and ask Faspay to enable it.</source>
        <translation>Faspay tidak mendukung permintaan ini untuk merchant atau kanal ini. Pilih penyedia lain dan minta Faspay mengaktifkannya.</translation>
    </message>
    <message>
        <source>The bill has expired. Start a new payment if the customer still wants to buy.</source>
        <translation>Tagihan sudah kedaluwarsa. Mulai pembayaran baru jika pelanggan masih ingin membeli.</translation>
    </message>
    <message>
        <source>Faspay refused the user ID or password. A supervisor must correct the Faspay credentials in Settings before the next payment.</source>
        <translation>Faspay menolak user ID atau kata sandi. Supervisor harus memperbaiki kredensial Faspay di Pengaturan sebelum pembayaran berikutnya.</translation>
    </message>
    <message>
        <source>Faspay refused the request for security or account reasons (unknown IP address, or the account is not active). A supervisor must check the IP whitelist and the account status with Faspay before the next payment.</source>
        <translation>Faspay menolak permintaan karena alasan keamanan atau akun (alamat IP tidak dikenal, atau akun tidak aktif). Supervisor harus memeriksa whitelist IP dan status akun bersama Faspay sebelum pembayaran berikutnya.</translation>
    </message>
    <message>
        <source>Faspay had an internal error. Check the payment status, then try again in a few minutes; if it happens again, take another form of payment.</source>
        <translation>Terjadi kesalahan internal di Faspay. Periksa status pembayaran, lalu coba lagi beberapa menit kemudian; jika terulang, terima cara pembayaran lain.</translation>
    </message>
    <message>
        <source>The payment was reversed. Do not hand over the goods; ask the customer to pay again.</source>
        <translation>Pembayaran dikembalikan (reversal). Jangan serahkan barang; minta pelanggan membayar ulang.</translation>
    </message>
    <message>
        <source>This bill is already paid. Check the payment status before charging the customer again.</source>
        <translation>Tagihan ini sudah dibayar. Periksa status pembayaran sebelum menagih pelanggan lagi.</translation>
    </message>
    <message>
        <source>Faspay does not know this merchant or channel (unregistered entity). Choose another provider and ask Faspay to register it.</source>
        <translation>Faspay tidak mengenali merchant atau kanal ini (entitas tidak terdaftar). Pilih penyedia lain dan minta Faspay mendaftarkannya.</translation>
    </message>
    <message>
        <source>Faspay says a required field is missing. Take another form of payment and report this to support with the bill number.</source>
        <translation>Menurut Faspay ada kolom wajib yang kosong. Terima cara pembayaran lain dan laporkan ke dukungan teknis beserta nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay received a field it does not accept (unregistered parameter). Take another form of payment and report this to support with the bill number.</source>
        <translation>Faspay menerima kolom yang tidak dikenalnya (parameter tidak terdaftar). Terima cara pembayaran lain dan laporkan ke dukungan teknis beserta nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay says the request has too few fields (insufficient parameters). Take another form of payment and report this to support with the bill number.</source>
        <translation>Menurut Faspay permintaan kekurangan kolom (parameter tidak lengkap). Terima cara pembayaran lain dan laporkan ke dukungan teknis beserta nomor tagihan.</translation>
    </message>
    <message>
        <source>Faspay&apos;s system is malfunctioning. Check the payment status, then try again later; if it goes on, take another form of payment.</source>
        <translation>Sistem Faspay sedang bermasalah. Periksa status pembayaran, lalu coba lagi nanti; jika berlanjut, terima cara pembayaran lain.</translation>
    </message>
    <message>
        <source>Not paid yet: the customer has not finished on the provider&apos;s page. Keep the QR code on screen and wait.</source>
        <translation>Belum dibayar: pelanggan belum selesai di halaman penyedia. Biarkan kode QR tetap tampil dan tunggu.</translation>
    </message>
    <message>
        <source>The provider is processing the payment. Wait; do not start another payment for this sale.</source>
        <translation>Penyedia sedang memproses pembayaran. Tunggu; jangan memulai pembayaran lain untuk penjualan ini.</translation>
    </message>
    <message>
        <source>The provider reports the payment as successful. Kasir checks the amount, then prints the receipt.</source>
        <translation>Penyedia melaporkan pembayaran berhasil. Kasir memeriksa jumlahnya, lalu mencetak struk.</translation>
    </message>
    <message>
        <source>The payment failed. Ask the customer to try again or choose another provider.</source>
        <translation>Pembayaran gagal. Minta pelanggan mencoba lagi atau pilih penyedia lain.</translation>
    </message>
    <message>
        <source>Faspay cannot find this bill yet. Kasir keeps checking; if it stays like this, contact support.</source>
        <translation>Faspay belum menemukan tagihan ini. Kasir terus memeriksa; jika tetap begini, hubungi dukungan teknis.</translation>
    </message>
    <message>
        <source>The bill expired before it was paid. Start a new payment if the customer still wants to buy.</source>
        <translation>Tagihan kedaluwarsa sebelum dibayar. Mulai pembayaran baru jika pelanggan masih ingin membeli.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Start a new payment if the customer still wants to buy.</source>
        <translation>Pembayaran dibatalkan. Mulai pembayaran baru jika pelanggan masih ingin membeli.</translation>
    </message>
    <message>
        <source>Faspay does not know the payment status yet. Kasir keeps checking; do not hand over the goods until it says paid.</source>
        <translation>Faspay belum mengetahui status pembayaran. Kasir terus memeriksa; jangan serahkan barang sebelum statusnya lunas.</translation>
    </message>
    <message>
        <source>Faspay answered with code %1, which Kasir does not know. Check the payment status before trying again, and report the code to support.</source>
        <translation>Faspay menjawab dengan kode %1 yang tidak dikenal Kasir. Periksa status pembayaran sebelum mencoba lagi, dan laporkan kode ini ke dukungan teknis.</translation>
    </message>
</context>
<context>
    <name>kasir::faspay::Requests</name>
    <message>
        <source>There is no Faspay channel code for %1. Refresh the channel list, or ask Faspay to enable the channel.</source>
        <translation>Belum ada kode kanal Faspay untuk %1. Muat ulang daftar kanal, atau minta Faspay mengaktifkan kanal tersebut.</translation>
    </message>
    <message>
        <source>The Faspay channel code &quot;%1&quot; is not a number. Refresh the channel list.</source>
        <translation>Kode kanal Faspay &quot;%1&quot; bukan angka. Muat ulang daftar kanal.</translation>
    </message>
    <message>
        <source>The Faspay channel code %1 does not belong to %2. Refresh the channel list.</source>
        <translation>Kode kanal Faspay %1 bukan milik %2. Muat ulang daftar kanal.</translation>
    </message>
    <message>
        <source>The bill date is missing. Check the computer&apos;s clock and try again.</source>
        <translation>Tanggal tagihan tidak ada. Periksa jam komputer, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The bill expiry time is missing. Check the payment expiry setting.</source>
        <translation>Waktu kedaluwarsa tagihan tidak ada. Periksa pengaturan batas waktu pembayaran.</translation>
    </message>
    <message>
        <source>The bill must expire after it is issued. Check the payment expiry setting.</source>
        <translation>Tagihan harus kedaluwarsa setelah diterbitkan. Periksa pengaturan batas waktu pembayaran.</translation>
    </message>
    <message>
        <source>A bill can stay open for at most 30 days. Shorten the payment expiry setting.</source>
        <translation>Tagihan paling lama terbuka 30 hari. Perpendek pengaturan batas waktu pembayaran.</translation>
    </message>
    <message>
        <source>The Faspay merchant ID, merchant name or password is not set. A supervisor must enter them in Settings.</source>
        <translation>ID merchant, nama merchant, atau kata sandi Faspay belum diisi. Supervisor harus mengisinya di Pengaturan.</translation>
    </message>
    <message>
        <source>The bill number &quot;%1&quot; is not valid (1 to 16 letters or digits). Check the terminal code in Settings.</source>
        <translation>Nomor tagihan &quot;%1&quot; tidak valid (1 sampai 16 huruf atau angka). Periksa kode terminal di Pengaturan.</translation>
    </message>
    <message>
        <source>The item name has no printable characters. Correct the name in the catalog.</source>
        <translation>Nama barang tidak berisi karakter yang dapat dicetak. Perbaiki nama di katalog.</translation>
    </message>
    <message>
        <source>This price cannot be sent to Faspay. Correct the price.</source>
        <translation>Harga ini tidak dapat dikirim ke Faspay. Perbaiki harganya.</translation>
    </message>
    <message>
        <source>The bill lines do not add up to the total, so nothing was sent. Report this to support with the sale.</source>
        <translation>Jumlah baris tagihan tidak sama dengan totalnya, jadi tidak ada yang dikirim. Laporkan ke dukungan teknis beserta penjualan ini.</translation>
    </message>
</context>
<context>
    <name>kasir::main</name>
    <message>
        <source>Kasir</source>
        <translation>Kasir</translation>
    </message>
</context>
</TS>
