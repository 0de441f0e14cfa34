<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kasir::AppContext</name>
    <message>
        <source>The data folder %1 cannot be created. Choose another one with KASIR_DATA_DIR.</source>
        <translation>Folder data %1 tidak dapat dibuat. Pilih folder lain dengan KASIR_DATA_DIR.</translation>
    </message>
    <message>
        <source>The notification receiver cannot listen on %1:%2 (%3). Choose another address in Settings or KASIR_NOTIFY_LISTEN.</source>
        <translation>Penerima notifikasi tidak dapat mendengarkan di %1:%2 (%3). Pilih alamat lain di Pengaturan atau KASIR_NOTIFY_LISTEN.</translation>
    </message>
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
        <source>This cart already has a payment in progress (bill %1). Finish or cancel it first.</source>
        <translation>Keranjang ini sudah memiliki pembayaran yang sedang berjalan (tagihan %1). Selesaikan atau batalkan dulu.</translation>
    </message>
    <message>
        <source>Only a payment whose answer was lost (Unknown) can be replaced by a new attempt.</source>
        <translation>Hanya pembayaran yang jawabannya hilang (Tidak diketahui) yang dapat diganti dengan percobaan baru.</translation>
    </message>
</context>
<context>
    <name>kasir::Config</name>
    <message>
        <source>The Faspay address &quot;%1&quot; is not an http(s) URL. Fix KASIR_GATEWAY_URL or the environment in Settings.</source>
        <translation>Alamat Faspay &quot;%1&quot; bukan URL http(s). Perbaiki KASIR_GATEWAY_URL atau lingkungan di Pengaturan.</translation>
    </message>
    <message>
        <source>No merchant id. Set KASIR_MERCHANT_ID or the merchant id in Settings.</source>
        <translation>ID merchant belum diisi. Atur KASIR_MERCHANT_ID atau ID merchant di Pengaturan.</translation>
    </message>
    <message>
        <source>The merchant id must be the 5 digits Faspay gave you.</source>
        <translation>ID merchant harus berupa 5 digit yang diberikan Faspay.</translation>
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
    <message numerus="yes">
        <source>%n pending payment(s)</source>
        <translation>
            <numerusform>%n pembayaran tertunda</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how the customer pays (F6).</source>
        <translation>Pilih cara pelanggan membayar (F6).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before paying; each is shown at its field. Nothing was sent.</source>
        <translation>
            <numerusform>%n hal perlu diperbaiki sebelum membayar; masing-masing ditunjukkan di kolomnya. Tidak ada yang dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale has problems to fix; nothing was sent.</source>
        <translation>Penjualan ini masih perlu diperbaiki; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Scanned %1: finish or leave the payment on screen first (Esc), then scan again.</source>
        <translation>%1 terpindai: selesaikan atau tinggalkan dulu pembayaran di layar (Esc), lalu pindai lagi.</translation>
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
        <source>Printing copy %1…</source>
        <translation>Mencetak salinan %1…</translation>
    </message>
    <message>
        <source>No receipt printer is set up: copy %1 is saved as PDF only (Settings).</source>
        <translation>Belum ada printer struk: salinan %1 hanya disimpan sebagai PDF (Pengaturan).</translation>
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
    <message numerus="yes">
        <source>%n product(s) added</source>
        <translation>
            <numerusform>%n produk ditambahkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n diperbarui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n baris ditolak</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rejected rows in the file and import it again; the others are in the catalog already.</source>
        <translation>Perbaiki baris yang ditolak di berkas, lalu impor lagi; baris lainnya sudah masuk katalog.</translation>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n barang</numerusform>
        </translation>
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
</TS>
