#include "ui/cashier/samplecatalog.h"

#include "core/journal/readers.h"

namespace kasir {

QList<Product> sampleCatalog()
{
    struct Row
    {
        const char *sku;
        const char *name;
        qint64 price;
        const char *barcode;
    };
    // clang-format off
    static constexpr Row Rows[] = {
        {"HP-SAM-A15", "Samsung Galaxy A15 6/128 GB Hitam", 2699000, "8991000200007"},
        {"HP-SAM-A55", "Samsung Galaxy A55 5G 8/256 GB Biru Es", 6299000, "8991037201138"},
        {"HP-XIA-RN13", "Xiaomi Redmi Note 13 8/256 GB", 2999000, "8991074202266"},
        {"HP-OPP-A79", "OPPO A79 5G 8/256 GB Hijau", 3799000, "8991111203393"},
        {"HP-VIV-Y28", "vivo Y28 8/128 GB Emas", 2499000, "8991148204523"},
        {"HP-IPH-15", "Apple iPhone 15 128 GB Hitam", 7999000, "8991185205651"},
        {"TAB-SAM-A9", "Samsung Galaxy Tab A9+ Wi-Fi 8/128 GB", 3299000, "8991222206788"},
        {"AKS-EAR-TWS", "Earbuds TWS Bluetooth 5.3 dengan Casing Pengisi Daya", 249000, "8991259207918"},
        {"AKS-CHG-25W", "Pengisi Daya Cepat USB-C 25 W", 189000, "8991296209043"},
        {"AKS-PB-10K", "Power Bank 10.000 mAh USB-C", 229000, "8991333210179"},
        {"TV-LG-43", "LG Smart TV 43 inci 4K UHD 43UR7500", 4599000, "8991370211306"},
        {"TV-POL-32", "Polytron Digital TV 32 inci PLD 32V1853", 1849000, "8991407212436"},
        {"KLK-SHP-2P", "Kulkas Sharp 2 Pintu SJ-IG56PG-SL Inverter Kapasitas 500 Liter Silver", 7899000, "8991444213564"},
        {"KLK-AQU-1P", "AQUA Kulkas 1 Pintu AQR-D191 Biru", 1899000, "8991481214692"},
        {"MC-PAN-7KG", "Mesin Cuci Panasonic Top Loading 7 kg NA-F70S10", 2849000, "8991518215821"},
        {"AC-DAI-1PK", "AC Daikin 1 PK FTV25CXV Split Standar", 4350000, "8991555216959"},
        {"RC-MIY-18", "Rice Cooker Miyako MCM-528 1,8 Liter", 329000, "8991592218084"},
        {"BL-PHI-HR", "Blender Philips HR2115 2 Liter", 649000, "8991629219213"},
        {"KIP-MAS-16", "Kipas Angin Maspion Berdiri 16 inci", 289000, "8991666220340"},
        {"SET-PHI-HD", "Setrika Philips HD1172", 219000, "8991703221477"},
        {"BRS-RJL-5KG", "Beras Rojolele Premium 5 kg", 84500, "8991740222604"},
        {"MYK-BIM-2L", "Minyak Goreng Bimoli Klasik 2 Liter", 39900, "8991777223735"},
        {"MIE-IND-GRG5", "Indomie Mi Goreng Spesial isi 5", 16500, "8991814224862"},
        {"MIE-IND-DUS", "Indomie Mi Goreng 1 Dus isi 40", 118000, "8991851225990"},
        {"GUL-GLP-1KG", "Gulaku Gula Pasir Premium 1 kg", 18500, "8991888227127"},
        {"KOP-KAP-10", "Kapal Api Special Mix 10 sachet", 16500, "8991925228254"},
        {"TEH-SOS-350", "Teh Botol Sosro 350 ml", 5000, "8991962229382"},
        {"SUS-FRS-1L", "Susu UHT Frisian Flag Full Cream 900 ml", 21900, "8991999230511"},
        {"AIR-AQU-600", "Aqua Air Mineral 600 ml", 5000, "8992036231645"},
        {"SBN-LIF-4", "Lifebuoy Sabun Batang Total 10 isi 4", 17900, "8992073232773"},
        {"DET-RIN-800", "Rinso Deterjen Bubuk Anti Noda 770 g", 24900, "8992110233909"},
        {"POP-CHI-68", "Chitato Keripik Kentang Sapi Panggang 68 g", 11500, "8992147235037"},
    };
    // clang-format on
    QList<Product> out;
    out.reserve(std::size(Rows));
    for (const Row &r : Rows) {
        out.append(Product{QString::fromUtf8(r.sku),
                           QString::fromUtf8(r.name),
                           Money::fromRupiah(r.price),
                           {QString::fromLatin1(r.barcode)}});
    }
    return out;
}

int seedSampleCatalog(ProductCatalog *journal, JournalError *error)
{
    JournalError e;
    if (!journal->searchProducts(QString(), 1, &e).isEmpty())
        return 0;
    if (e.isError()) {
        if (error)
            *error = e;
        return -1;
    }
    int added = 0;
    for (const Product &p : sampleCatalog()) {
        if (!journal->upsertProduct(p, &e)) {
            if (error)
                *error = e;
            return -1;
        }
        ++added;
    }
    return added;
}

} // namespace kasir
