"""Writes bootstrap.jsonl: the synthetic complaints a new installation's router learns from on day one.

Every line is written by this project, not taken from real reports: hand-written complaint fragments
per affair (authority.json), put together with varied openers, closers, place phrasings, chat
spellings and typos, and labelled with the agency that must answer under the authority rules. The
output is deterministic (fixed seed) and nothing is downloaded. Run from the repository root:

    python lapor/routing/data/write_bootstrap.py

Names of people, villages and streets in the fragments are invented.
"""

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
ROOT = DATA_DIR.parent.parent.parent
OUTPUT = DATA_DIR / "bootstrap.jsonl"
SEED = 20250414

PUSAT, PROVINSI, KABKOTA = "pusat", "provinsi", "kabupaten/kota"
DKI = "31"

# The perangkat daerah of agencies/reference.py (COMMON_OPD and PDAM), by slug.
OPD = {
    "disdik": "Dinas Pendidikan",
    "dinkes": "Dinas Kesehatan",
    "pupr": "Dinas Pekerjaan Umum dan Penataan Ruang",
    "dishub": "Dinas Perhubungan",
    "disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "dinsos": "Dinas Sosial",
    "dlh": "Dinas Lingkungan Hidup",
    "satpolpp": "Satuan Polisi Pamong Praja",
    "inspektorat": "Inspektorat",
    "diskominfo": "Dinas Komunikasi dan Informatika",
    "pdam": "Perusahaan Umum Daerah Air Minum",
}

PROVINCES = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta",
    "35": "Jawa Timur", "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan", "64": "Kalimantan Timur",
    "65": "Kalimantan Utara", "71": "Sulawesi Utara", "72": "Sulawesi Tengah", "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan", "94": "Papua Tengah", "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}  # fmt: skip

# How people write provinces.
PROVINCE_SPELLINGS = {
    "11": ["Aceh", "aceh", "Prov. Aceh"], "12": ["Sumut", "Sumatera Utara", "sumut"],
    "13": ["Sumbar", "Sumatera Barat", "sumbar"], "14": ["Riau", "prov riau"], "15": ["Prov. Jambi", "provinsi jambi"],
    "16": ["Sumsel", "Sumatera Selatan", "sumsel"], "17": ["Provinsi Bengkulu", "prov bengkulu"],
    "18": ["Lampung", "prov lampung"], "19": ["Babel", "Bangka Belitung", "babel"], "21": ["Kepri", "kepri", "Kepulauan Riau"],
    "31": ["DKI", "DKI Jakarta", "jakarta"], "32": ["Jabar", "Jawa Barat", "jabar"], "33": ["Jateng", "Jawa Tengah", "jateng"],
    "34": ["DIY", "Yogyakarta", "diy"], "35": ["Jatim", "Jawa Timur", "jatim"], "36": ["Banten", "prov banten"],
    "51": ["Bali", "bali"], "52": ["NTB", "ntb", "Nusa Tenggara Barat"], "53": ["NTT", "ntt", "Nusa Tenggara Timur"],
    "61": ["Kalbar", "Kalimantan Barat", "kalbar"], "62": ["Kalteng", "Kalimantan Tengah"], "63": ["Kalsel", "Kalimantan Selatan", "kalsel"],
    "64": ["Kaltim", "Kalimantan Timur", "kaltim"], "65": ["Kaltara", "Kalimantan Utara"], "71": ["Sulut", "Sulawesi Utara", "sulut"],
    "72": ["Sulteng", "Sulawesi Tengah"], "73": ["Sulsel", "Sulawesi Selatan", "sulsel"], "74": ["Sultra", "Sulawesi Tenggara"],
    "75": ["Provinsi Gorontalo", "prov gorontalo"], "76": ["Sulbar", "Sulawesi Barat"], "81": ["Maluku", "maluku"],
    "82": ["Malut", "Maluku Utara"], "91": ["Papua", "papua"], "92": ["Papua Barat", "papua barat"],
    "93": ["Papua Selatan", "papua selatan"], "94": ["Papua Tengah", "papua tengah"], "95": ["Papua Pegunungan", "papua pegunungan"],
    "96": ["Papua Barat Daya", "PBD"],
}  # fmt: skip

# Regencies and cities used, with some of their kecamatan (names checked against the regions data;
# kecamatan that share a name with a regency/city or an authority keyword are left out).
# fmt: off
REGIONS = {
    '11.06': ('Kabupaten Aceh Besar', ['Lhoong', 'Lhoknga', 'Indrapuri', 'Seulimeum', 'Montasik', 'Sukamakmur']),
    '11.08': ('Kabupaten Aceh Utara', ['Baktiya', 'Dewantara', 'Kuta Makmur', 'Lhoksukon', 'Matangkuli', 'Muara Batu']),
    '11.71': ('Kota Banda Aceh', ['Baiturrahman', 'Kuta Alam', 'Meuraxa', 'Syiah Kuala', 'Lueng Bata', 'Kuta Raja']),
    '11.73': ('Kota Lhokseumawe', ['Muara Dua', 'Banda Sakti', 'Blang Mangat', 'Muara Satu']),
    '12.05': ('Kabupaten Langkat', ['Bahorok', 'Salapian', 'Kuala', 'Sei Bingai', 'Selesai', 'Stabat']),
    '12.07': ('Kabupaten Deli Serdang', ['Gunung Meriah', 'Tanjung Morawa', 'Sibolangit', 'Kutalimbaru', 'Pancur Batu', 'Namo Rambe']),
    '12.12': ('Kabupaten Toba', ['Balige', 'Laguboti', 'Silaen', 'Habinsaran', 'Pintu Pohan Meranti', 'Borbor']),
    '12.14': ('Kabupaten Nias Selatan', ['Lolomatua', 'Gomo', 'Lahusa', 'Hibala', 'Pulau-Pulau Batu', 'Teluk Dalam']),
    '12.71': ('Kota Medan', ['Medan Kota', 'Medan Sunggal', 'Medan Helvetia', 'Medan Denai', 'Medan Barat', 'Medan Deli']),
    '12.72': ('Kota Pematangsiantar', ['Siantar Timur', 'Siantar Barat', 'Siantar Utara', 'Siantar Selatan', 'Siantar Marihat', 'Siantar Martoba']),
    '13.01': ('Kabupaten Pesisir Selatan', ['Pancung Soal', 'Ranah Pesisir', 'Lengayang', 'Batang Kapas', 'IV Jurai', 'Bayang']),
    '13.06': ('Kabupaten Agam', ['Tanjung Mutiara', 'Lubuk Basung', 'Tanjung Raya', 'Matur', 'IV Koto', 'Banuhampu']),
    '13.71': ('Kota Padang', ['Padang Selatan', 'Padang Timur', 'Padang Barat', 'Padang Utara', 'Bungus Teluk Kabung', 'Lubuk Begalung']),
    '13.75': ('Kota Bukittinggi', ['Guguak Panjang', 'Mandiangin Koto Selayan', 'Aur Birugo Tigo Baleh']),
    '14.01': ('Kabupaten Kampar', ['Bangkinang Kota', 'XIII Koto Kampar', 'Kuok', 'Siak Hulu', 'Kampar Kiri']),
    '14.04': ('Kabupaten Indragiri Hilir', ['Reteh', 'Enok', 'Kuala Indragiri', 'Tembilahan', 'Tempuling', 'Gaung Anak Serka']),
    '14.71': ('Kota Pekanbaru', ['Sukajadi', 'Pekanbaru Kota', 'Sail', 'Lima Puluh', 'Senapelan', 'Rumbai Barat']),
    '14.72': ('Kota Dumai', ['Dumai Barat', 'Dumai Timur', 'Bukit Kapur', 'Sungai Sembilan', 'Medang Kampai', 'Dumai Kota']),
    '15.05': ('Kabupaten Muaro Jambi', ['Jambi Luar Kota', 'Sekernan', 'Kumpeh', 'Maro Sebo', 'Mestong', 'Kumpeh Ulu']),
    '15.08': ('Kabupaten Bungo', ['Tanah Tumbuh', 'Rantau Pandan', 'Jujuhan', 'Tanah Sepenggal', 'Pelepat']),
    '15.71': ('Kota Jambi', ['Telanaipura', 'Jambi Selatan', 'Jambi Timur', 'Pelayangan', 'Danau Teluk']),
    '16.02': ('Kabupaten Ogan Komering Ilir', ['Tanjung Lubuk', 'Pedamaran', 'Kayu Agung', 'Sirah Pulau Padang', 'Tulung Selapan', 'Pampangan']),
    '16.07': ('Kabupaten Banyuasin', ['Banyuasin I', 'Banyuasin II', 'Banyuasin III', 'Pulau Rimau', 'Betung', 'Rambutan']),
    '16.71': ('Kota Palembang', ['Ilir Barat Dua', 'Seberang Ulu Satu', 'Seberang Ulu Dua', 'Ilir Barat Satu', 'Ilir Timur Satu', 'Ilir Timur Dua']),
    '16.74': ('Kota Prabumulih', ['Prabumulih Barat', 'Prabumulih Timur', 'Cambai', 'Rambang Kapak Tengah', 'Prabumulih Utara', 'Prabumulih Selatan']),
    '17.02': ('Kabupaten Rejang Lebong', ['Padang Ulak Tanding', 'Sindang Kelingi', 'Curup', 'Bermani Ulu', 'Selupu Rejang', 'Curup Utara']),
    '17.71': ('Kota Bengkulu', ['Selebar', 'Gading Cempaka', 'Teluk Segara', 'Muara Bangka Hulu', 'Kampung Melayu', 'Ratu Agung']),
    '18.01': ('Kabupaten Lampung Selatan', ['Natar', 'Tanjung Bintang', 'Kalianda', 'Sidomulyo', 'Katibung', 'Penengahan']),
    '18.10': ('Kabupaten Pringsewu', ['Gading Rejo', 'Ambarawa', 'Pardasuka', 'Pagelaran', 'Adiluwih', 'Pagelaran Utara']),
    '18.71': ('Kota Bandar Lampung', ['Kedaton', 'Sukarame', 'Tanjungkarang Barat', 'Panjang', 'Tanjungkarang Timur', 'Tanjungkarang Pusat']),
    '18.72': ('Kota Metro', ['Metro Pusat', 'Metro Utara', 'Metro Barat', 'Metro Timur', 'Metro Selatan']),
    '19.01': ('Kabupaten Bangka', ['Sungailiat', 'Belinyu', 'Merawang', 'Mendo Barat', 'Pemali', 'Bakam']),
    '19.02': ('Kabupaten Belitung', ['Tanjung Pandan', 'Membalong', 'Selat Nasik', 'Sijuk', 'Badau']),
    '19.71': ('Kota Pangkal Pinang', ['Bukit Intan', 'Taman Sari', 'Pangkal Balam', 'Rangkui', 'Gerunggang', 'Gabek']),
    '21.02': ('Kabupaten Karimun', ['Moro', 'Kundur', 'Meral', 'Tebing', 'Kundur Utara', 'Kundur Barat']),
    '21.03': ('Kabupaten Natuna', ['Midai', 'Bunguran Barat', 'Serasan', 'Bunguran Timur', 'Bunguran Utara', 'Subi']),
    '21.71': ('Kota Batam', ['Belakang Padang', 'Batu Ampar', 'Sekupang', 'Nongsa', 'Bulang', 'Lubuk Baja']),
    '21.72': ('Kota Tanjung Pinang', ['Tanjung Pinang Barat', 'Tanjung Pinang Timur', 'Tanjung Pinang Kota', 'Bukit Bestari']),
    '31.01': ('Kabupaten Kepulauan Seribu', ['Kepulauan Seribu Utara', 'Kepulauan Seribu Selatan']),
    '31.71': ('Kota Jakarta Pusat', ['Gambir', 'Sawah Besar', 'Kemayoran', 'Senen', 'Cempaka Putih', 'Menteng']),
    '31.72': ('Kota Jakarta Utara', ['Penjaringan', 'Tanjung Priok', 'Koja', 'Cilincing', 'Pademangan', 'Kelapa Gading']),
    '31.73': ('Kota Jakarta Barat', ['Cengkareng', 'Grogol Petamburan', 'Taman Sari', 'Tambora', 'Kebon Jeruk', 'Kalideres']),
    '31.74': ('Kota Jakarta Selatan', ['Tebet', 'Setiabudi', 'Mampang Prapatan', 'Kebayoran Lama', 'Cilandak']),
    '31.75': ('Kota Jakarta Timur', ['Matraman', 'Pulogadung', 'Jatinegara', 'Kramatjati', 'Cakung']),
    '32.01': ('Kabupaten Bogor', ['Cibinong', 'Gunung Putri', 'Citeureup', 'Sukaraja', 'Babakan Madang', 'Jonggol']),
    '32.02': ('Kabupaten Sukabumi', ['Palabuhanratu', 'Simpenan', 'Cikakak', 'Bantargadung', 'Cisolok', 'Cikidang']),
    '32.03': ('Kabupaten Cianjur', ['Warungkondang', 'Cibeber', 'Cilaku', 'Ciranjang', 'Bojongpicung', 'Karangtengah']),
    '32.04': ('Kabupaten Bandung', ['Cileunyi', 'Cimenyan', 'Cilengkrang', 'Bojongsoang', 'Margahayu', 'Margaasih']),
    '32.05': ('Kabupaten Garut', ['Garut Kota', 'Karangpawitan', 'Wanaraja', 'Tarogong Kaler', 'Tarogong Kidul', 'Banyuresmi']),
    '32.12': ('Kabupaten Indramayu', ['Haurgeulis', 'Kroya', 'Gabuswetan', 'Cikedung', 'Lelea', 'Bangodua']),
    '32.15': ('Kabupaten Karawang', ['Karawang Barat', 'Pangkalan', 'Telukjambe Timur', 'Ciampel', 'Klari', 'Rengasdengklok']),
    '32.16': ('Kabupaten Bekasi', ['Tarumajaya', 'Babelan', 'Sukawangi', 'Tambelang', 'Tambun Utara', 'Tambun Selatan']),
    '32.71': ('Kota Bogor', ['Bogor Selatan', 'Bogor Timur', 'Bogor Tengah', 'Bogor Barat', 'Bogor Utara', 'Tanah Sareal']),
    '32.73': ('Kota Bandung', ['Sukasari', 'Coblong', 'Babakan Ciparay', 'Bojongloa Kaler', 'Andir', 'Cicendo']),
    '32.74': ('Kota Cirebon', ['Kejaksan', 'Lemahwungkuk', 'Harjamukti', 'Pekalipan', 'Kesambi']),
    '32.75': ('Kota Bekasi', ['Bekasi Timur', 'Bekasi Barat', 'Bekasi Utara', 'Bekasi Selatan', 'Rawalumbu', 'Medansatria']),
    '32.76': ('Kota Depok', ['Pancoran Mas', 'Cimanggis', 'Sawangan', 'Limo', 'Sukmajaya', 'Beji']),
    '32.77': ('Kota Cimahi', ['Cimahi Selatan', 'Cimahi Tengah', 'Cimahi Utara']),
    '32.78': ('Kota Tasikmalaya', ['Cihideung', 'Cipedes', 'Tawang', 'Indihiang', 'Kawalu', 'Cibeureum']),
    '33.02': ('Kabupaten Banyumas', ['Lumbir', 'Wangon', 'Jatilawang', 'Rawalo', 'Kebasen', 'Kemranjen']),
    '33.07': ('Kabupaten Wonosobo', ['Wadaslintang', 'Kepil', 'Sapuran', 'Kaliwiro', 'Leksono', 'Selomerto']),
    '33.10': ('Kabupaten Klaten', ['Prambanan', 'Gantiwarno', 'Wedi', 'Bayat', 'Cawas', 'Trucuk']),
    '33.15': ('Kabupaten Grobogan', ['Kedungjati', 'Karangrayung', 'Penawangan', 'Toroh', 'Geyer', 'Pulokulon']),
    '33.19': ('Kabupaten Kudus', ['Kaliwungu', 'Jati', 'Undaan', 'Mejobo', 'Jekulo', 'Bae']),
    '33.21': ('Kabupaten Demak', ['Mranggen', 'Karangawen', 'Guntur', 'Sayung', 'Karangtengah', 'Wonosalam']),
    '33.29': ('Kabupaten Brebes', ['Salem', 'Bantarkawung', 'Bumiayu', 'Paguyangan', 'Sirampog', 'Tonjong']),
    '33.72': ('Kota Surakarta', ['Laweyan', 'Serengan', 'Jebres', 'Banjarsari']),
    '33.74': ('Kota Semarang', ['Semarang Tengah', 'Semarang Utara', 'Semarang Timur', 'Gayamsari', 'Genuk', 'Pedurungan']),
    '33.76': ('Kota Tegal', ['Tegal Barat', 'Tegal Timur', 'Tegal Selatan', 'Margadana']),
    '34.01': ('Kabupaten Kulon Progo', ['Temon', 'Wates', 'Panjatan', 'Galur', 'Lendah', 'Sentolo']),
    '34.02': ('Kabupaten Bantul', ['Srandakan', 'Sanden', 'Kretek', 'Pundong', 'Bambanglipuro', 'Pandak']),
    '34.03': ('Kabupaten Gunungkidul', ['Wonosari', 'Nglipar', 'Playen', 'Patuk', 'Paliyan', 'Panggang']),
    '34.04': ('Kabupaten Sleman', ['Gamping', 'Godean', 'Moyudan', 'Minggir', 'Seyegan', 'Mlati']),
    '34.71': ('Kota Yogyakarta', ['Tegalrejo', 'Jetis', 'Gondokusuman', 'Danurejan', 'Gedongtengen', 'Ngampilan']),
    '35.07': ('Kabupaten Malang', ['Donomulyo', 'Pagak', 'Bantur', 'Sumbermanjing Wetan', 'Dampit', 'Ampelgading']),
    '35.09': ('Kabupaten Jember', ['Kencong', 'Sumberbaru', 'Gumukmas', 'Umbulsari', 'Semboro']),
    '35.10': ('Kabupaten Banyuwangi', ['Pesanggaran', 'Bangorejo', 'Purwoharjo', 'Tegaldlimo', 'Muncar', 'Cluring']),
    '35.15': ('Kabupaten Sidoarjo', ['Tarik', 'Prambon', 'Krembung', 'Porong', 'Jabon', 'Tanggulangin']),
    '35.22': ('Kabupaten Bojonegoro', ['Ngraho', 'Tambakrejo', 'Ngambon', 'Ngasem', 'Bubulan', 'Dander']),
    '35.24': ('Kabupaten Lamongan', ['Sukorame', 'Bluluk', 'Modo', 'Ngimbang', 'Babat', 'Kedungpring']),
    '35.25': ('Kabupaten Gresik', ['Dukun', 'Balongpanggang', 'Panceng', 'Benjeng', 'Duduksampeyan', 'Wringinanom']),
    '35.27': ('Kabupaten Sampang', ['Sreseh', 'Torjun', 'Camplong', 'Omben', 'Kedungdung', 'Jrengik']),
    '35.71': ('Kota Kediri', ['Mojoroto']),
    '35.73': ('Kota Malang', ['Blimbing', 'Klojen', 'Kedungkandang', 'Sukun', 'Lowokwaru']),
    '35.78': ('Kota Surabaya', ['Karang Pilang', 'Wonocolo', 'Rungkut', 'Wonokromo', 'Tegalsari', 'Sawahan']),
    '36.01': ('Kabupaten Pandeglang', ['Sumur', 'Cimanggu', 'Cibaliung', 'Cikeusik', 'Cigeulis', 'Panimbang']),
    '36.02': ('Kabupaten Lebak', ['Malingping', 'Panggarangan', 'Bayah', 'Cipanas', 'Muncang', 'Leuwidamar']),
    '36.03': ('Kabupaten Tangerang', ['Balaraja', 'Jayanti', 'Tigaraksa', 'Jambe', 'Cisoka', 'Kresek']),
    '36.71': ('Kota Tangerang', ['Jatiuwung', 'Batuceper', 'Benda', 'Cipondoh', 'Ciledug', 'Karawaci']),
    '36.72': ('Kota Cilegon', ['Cibeber', 'Pulomerak', 'Ciwandan', 'Gerogol', 'Citangkil']),
    '36.73': ('Kota Serang', ['Kasemen', 'Walantaka', 'Curug', 'Cipocok Jaya', 'Taktakan']),
    '36.74': ('Kota Tangerang Selatan', ['Serpong', 'Serpong Utara', 'Pondok Aren', 'Ciputat', 'Ciputat Timur', 'Pamulang']),
    '51.03': ('Kabupaten Badung', ['Kuta', 'Mengwi', 'Abiansemal', 'Petang', 'Kuta Selatan', 'Kuta Utara']),
    '51.04': ('Kabupaten Gianyar', ['Sukawati', 'Blahbatuh', 'Tampaksiring', 'Ubud', 'Tegallalang', 'Payangan']),
    '51.08': ('Kabupaten Buleleng', ['Gerokgak', 'Seririt', 'Busungbiu', 'Sukasada', 'Sawan', 'Kubutambahan']),
    '51.71': ('Kota Denpasar', ['Denpasar Selatan', 'Denpasar Timur', 'Denpasar Barat', 'Denpasar Utara']),
    '52.01': ('Kabupaten Lombok Barat', ['Gerung', 'Narmada', 'Sekotong', 'Labuapi', 'Gunungsari', 'Lingsar']),
    '52.03': ('Kabupaten Lombok Timur', ['Keruak', 'Sakra', 'Terara', 'Sikur', 'Masbagik', 'Sukamulia']),
    '52.04': ('Kabupaten Sumbawa', ['Lunyuk', 'Alas', 'Utan', 'Batu Lanteh', 'Moyo Hilir', 'Moyo Hulu']),
    '52.06': ('Kabupaten Bima', ['Monta', 'Bolo', 'Woha', 'Belo', 'Wawo', 'Sape']),
    '52.71': ('Kota Mataram', ['Ampenan', 'Cakranegara', 'Sekarbela', 'Selaprang', 'Sandubaya']),
    '53.02': ('Kabupaten Timor Tengah Selatan', ['Mollo Selatan', 'Mollo Utara', 'Amanuban Timur', 'Amanuban Tengah', 'Amanuban Selatan', 'Amanuban Barat']),
    '53.07': ('Kabupaten Sikka', ['Paga', 'Mego', 'Lela', 'Nita', 'Alok', 'Palue']),
    '53.15': ('Kabupaten Manggarai Barat', ['Macang Pacar', 'Kuwus', 'Lembor', 'Sano Nggoang', 'Komodo', 'Boleng']),
    '53.18': ('Kabupaten Sumba Barat Daya', ['Loura', 'Wewewa Utara', 'Wewewa Timur', 'Wewewa Barat', 'Wewewa Selatan', 'Kodi Bangedo']),
    '53.71': ('Kota Kupang', ['Alak', 'Maulafa', 'Kelapa Lima', 'Oebobo']),
    '61.01': ('Kabupaten Sambas', ['Teluk Keramat', 'Jawai', 'Tebas', 'Pemangkat', 'Sejangkung', 'Selakau']),
    '61.04': ('Kabupaten Ketapang', ['Matan Hilir Utara', 'Marau', 'Manis Mata', 'Kendawangan', 'Sandai', 'Sungai Laur']),
    '61.12': ('Kabupaten Kubu Raya', ['Sungai Raya', 'Kuala Mandor B', 'Sungai Ambawang', 'Terentang', 'Batu Ampar', 'Kubu']),
    '61.71': ('Kota Pontianak', ['Pontianak Selatan', 'Pontianak Timur', 'Pontianak Barat', 'Pontianak Utara', 'Pontianak Kota', 'Pontianak Tenggara']),
    '61.72': ('Kota Singkawang', ['Singkawang Tengah', 'Singkawang Barat', 'Singkawang Timur', 'Singkawang Utara', 'Singkawang Selatan']),
    '62.02': ('Kabupaten Kotawaringin Timur', ['Cempaga', 'Mentaya Hulu', 'Parenggean', 'Baamang', 'Mentawa Baru Ketapang', 'Mentaya Hilir Utara']),
    '62.03': ('Kabupaten Kapuas', ['Selat', 'Kapuas Hilir', 'Kapuas Timur', 'Kapuas Kuala', 'Kapuas Barat', 'Pulau Petak']),
    '62.71': ('Kota Palangkaraya', ['Pahandut', 'Bukit Batu', 'Jekan Raya', 'Sabangau', 'Rakumpit']),
    '63.03': ('Kabupaten Banjar', ['Aluh Aluh', 'Kertak Hanyar', 'Gambut', 'Sungai Tabuk', 'Martapura', 'Karang Intan']),
    '63.10': ('Kabupaten Tanah Bumbu', ['Batu Licin', 'Kusan Hilir', 'Sungai Loban', 'Satui', 'Kusan Hulu', 'Simpang Empat']),
    '63.71': ('Kota Banjarmasin', ['Banjarmasin Selatan', 'Banjarmasin Timur', 'Banjarmasin Barat', 'Banjarmasin Utara', 'Banjarmasin Tengah']),
    '63.72': ('Kota Banjarbaru', ['Landasan Ulin', 'Cempaka', 'Banjarbaru Utara', 'Banjarbaru Selatan', 'Liang Anggang']),
    '64.02': ('Kabupaten Kutai Kartanegara', ['Muara Muntai', 'Loa Kulu', 'Loa Janan', 'Anggana', 'Muara Badak', 'Tenggarong']),
    '64.09': ('Kabupaten Penajam Paser Utara', ['Penajam', 'Waru', 'Babulu', 'Sepaku']),
    '64.71': ('Kota Balikpapan', ['Balikpapan Timur', 'Balikpapan Barat', 'Balikpapan Utara', 'Balikpapan Tengah', 'Balikpapan Selatan', 'Balikpapan Kota']),
    '64.72': ('Kota Samarinda', ['Palaran', 'Samarinda Seberang', 'Samarinda Ulu', 'Samarinda Ilir', 'Samarinda Utara', 'Sungai Kunjang']),
    '64.74': ('Kota Bontang', ['Bontang Utara', 'Bontang Selatan', 'Bontang Barat']),
    '65.01': ('Kabupaten Bulungan', ['Tanjung Palas', 'Tanjung Palas Barat', 'Tanjung Palas Utara', 'Tanjung Palas Timur', 'Tanjung Selor', 'Tanjung Palas Tengah']),
    '65.03': ('Kabupaten Nunukan', ['Sebatik', 'Sembakung', 'Lumbis', 'Krayan', 'Sebuku', 'Krayan Selatan']),
    '65.71': ('Kota Tarakan', ['Tarakan Barat', 'Tarakan Tengah', 'Tarakan Timur', 'Tarakan Utara']),
    '71.02': ('Kabupaten Minahasa', ['Tondano Barat', 'Tondano Timur', 'Eris', 'Kombi', 'Lembean Timur', 'Kakas']),
    '71.03': ('Kabupaten Kepulauan Sangihe', ['Tabukan Utara', 'Nusa Tabukan', 'Manganitu Selatan', 'Tatoareng', 'Tamako', 'Manganitu']),
    '71.71': ('Kota Manado', ['Bunaken', 'Tuminting', 'Singkil', 'Wenang', 'Tikala', 'Sario']),
    '71.72': ('Kota Bitung', ['Lembeh Selatan', 'Madidir', 'Ranowulu', 'Aertembaga', 'Matuari', 'Girian']),
    '72.01': ('Kabupaten Banggai', ['Batui', 'Bunta', 'Kintom', 'Luwuk', 'Lamala', 'Balantak']),
    '72.02': ('Kabupaten Poso', ['Poso Kota', 'Poso Pesisir', 'Lage', 'Pamona Puselemba', 'Pamona Timur', 'Pamona Selatan']),
    '72.10': ('Kabupaten Sigi', ['Sigi Biromaru', 'Palolo', 'Nokilalaki', 'Lindu', 'Kulawi', 'Kulawi Selatan']),
    '72.71': ('Kota Palu', ['Palu Timur', 'Palu Barat', 'Palu Selatan', 'Palu Utara', 'Ulujadi', 'Tatanga']),
    '73.06': ('Kabupaten Gowa', ['Bontonompo', 'Bajeng', 'Tompobullu', 'Tinggimoncong', 'Parangloe', 'Bontomarannu']),
    '73.08': ('Kabupaten Bone', ['Bontocani', 'Kahu', 'Kajuara', 'Salomekko', 'Tonra', 'Libureng']),
    '73.09': ('Kabupaten Maros', ['Mandai', 'Camba', 'Bantimurung', 'Maros Baru', 'Bontoa', 'Malllawa']),
    '73.24': ('Kabupaten Luwu Timur', ['Mangkutana', 'Nuha', 'Towuti', 'Malili', 'Angkona', 'Wotu']),
    '73.71': ('Kota Makassar', ['Mariso', 'Mamajang', 'Ujung Pandang', 'Bontoala', 'Tallo', 'Ujung Tanah']),
    '73.72': ('Kota Pare Pare', ['Bacukiki', 'Ujung', 'Soreang', 'Bacukiki Barat']),
    '74.02': ('Kabupaten Konawe', ['Lambuya', 'Unaaha', 'Wawotobi', 'Pondidaha', 'Sampara', 'Abuki']),
    '74.03': ('Kabupaten Muna', ['Napabalano', 'Maligano', 'Wakorumba Selatan', 'Lasalepa', 'Batalaiworu', 'Katobu']),
    '74.71': ('Kota Kendari', ['Mandonga', 'Baruga', 'Poasia', 'Kendari Barat', 'Abeli', 'Wua-Wua']),
    '74.72': ('Kota Bau Bau', ['Betoambari', 'Wolio', 'Sorawolio', 'Bungi', 'Kokalukuna', 'Murhum']),
    '75.01': ('Kabupaten Gorontalo', ['Limboto', 'Telaga', 'Batudaa', 'Tibawa', 'Batudaa Pantai', 'Boliyohuto']),
    '75.02': ('Kabupaten Boalemo', ['Paguyaman', 'Wonosari', 'Dulupi', 'Tilamuta', 'Mananggu', 'Botumoito']),
    '75.71': ('Kota Gorontalo', ['Dungingi', 'Sipatana', 'Dumbo Raya', 'Hulonthalangi']),
    '76.02': ('Kabupaten Mamuju', ['Tapalang', 'Kalukku', 'Kalumpang', 'Papalang', 'Sampaga', 'Tommo']),
    '76.04': ('Kabupaten Polewali Mandar', ['Tinambung', 'Campalagian', 'Wonomulyo', 'Polewali', 'Tutar', 'Binuang']),
    '76.05': ('Kabupaten Majene', ['Banggae', 'Pamboang', 'Sendana', 'Malunda', 'Ulumanda', 'Tammerodo Sendana']),
    '81.01': ('Kabupaten Maluku Tengah', ['Amahai', 'Teon Nila Serua', 'Seram Utara', 'Banda', 'Tehoru', 'Saparua']),
    '81.06': ('Kabupaten Seram Bagian Barat', ['Kairatu', 'Seram Barat', 'Taniwel', 'Huamual Belakang', 'Amalatu', 'Inamosol']),
    '81.71': ('Kota Ambon', ['Nusaniwe', 'Sirimau', 'Baguala', 'Teluk Ambon', 'Leitimur Selatan']),
    '81.72': ('Kota Tual', ['Pulau Dullah Utara', 'Pulau Dullah Selatan', 'Tayando Tam', 'Pulau-Pulau Kur', 'Kur Selatan']),
    '82.03': ('Kabupaten Halmahera Utara', ['Galela', 'Tobelo', 'Tobelo Selatan', 'Kao', 'Malifut', 'Loloda Utara']),
    '82.04': ('Kabupaten Halmahera Selatan', ['Pulau Makian', 'Kayoa', 'Gane Timur', 'Gane Barat', 'Obi Selatan', 'Obi']),
    '82.71': ('Kota Ternate', ['Pulau Ternate', 'Moti', 'Pulau Batang Dua', 'Pulau Hiri', 'Ternate Barat']),
    '82.72': ('Kota Tidore Kepulauan', ['Tidore', 'Oba Utara', 'Oba', 'Tidore Selatan', 'Tidore Utara', 'Oba Tengah']),
    '91.03': ('Kabupaten Jayapura', ['Sentani', 'Sentani Timur', 'Depapre', 'Sentani Barat', 'Kemtuk', 'Kemtuk Gresi']),
    '91.06': ('Kabupaten Biak Numfor', ['Biak Kota', 'Biak Utara', 'Biak Timur', 'Numfor Barat', 'Numfor Timur', 'Biak Barat']),
    '91.11': ('Kabupaten Keerom', ['Waris', 'Arso', 'Senggi', 'Web', 'Skanto', 'Arso Timur']),
    '91.71': ('Kota Jayapura', ['Jayapura Utara', 'Jayapura Selatan', 'Abepura', 'Muara Tami', 'Heram']),
    '92.02': ('Kabupaten Manokwari', ['Warmare', 'Prafi', 'Masni', 'Manokwari Barat', 'Manokwari Timur', 'Manokwari Utara']),
    '92.03': ('Kabupaten Fak Fak', ['Fak-Fak', 'Fak-Fak Barat', 'Fak-Fak Timur', 'Kokas', 'Fak-Fak Tengah', 'Karas']),
    '92.06': ('Kabupaten Teluk Bintuni', ['Bintuni', 'Merdey', 'Babo', 'Aranday', 'Moskona Selatan', 'Moskona Utara']),
    '93.01': ('Kabupaten Merauke', ['Muting', 'Okaba', 'Kimaam', 'Semangga', 'Tanah Miring', 'Jagebob']),
    '93.02': ('Kabupaten Boven Digoel', ['Mandobo', 'Mindiptana', 'Waropko', 'Kouh', 'Jair', 'Bomakia']),
    '94.01': ('Kabupaten Nabire', ['Napan', 'Yaur', 'Uwapa', 'Wanggar', 'Siriwo', 'Makimi']),
    '94.04': ('Kabupaten Mimika', ['Mimika Baru', 'Agimuga', 'Mimika Timur', 'Mimika Barat', 'Jita', 'Jila']),
    '95.01': ('Kabupaten Jayawijaya', ['Wamena', 'Kurulu', 'Asologaima', 'Hubikosi', 'Bolakme', 'Walelagama']),
    '95.03': ('Kabupaten Yahukimo', ['Kurima', 'Anggruk', 'Ninia', 'Silimo', 'Samenage', 'Nalca']),
    '96.01': ('Kabupaten Sorong', ['Makbon', 'Beraur', 'Salawati', 'Seget', 'Aimas', 'Klamono']),
    '96.05': ('Kabupaten Raja Ampat', ['Misool', 'Waigeo Utara', 'Waigeo Selatan', 'Salawati Utara', 'Kepulauan Ayau', 'Misool Timur']),
    '96.71': ('Kota Sorong', ['Sorong Timur', 'Sorong Barat', 'Sorong Kepulauan', 'Sorong Utara', 'Sorong Manoi', 'Sorong Kota']),
}
# fmt: on

# Base names shared by a regency and a city (or a province): never written bare.
AMBIGUOUS = {
    "Bandung", "Banjar", "Bekasi", "Bima", "Blitar", "Bogor", "Cirebon", "Gorontalo", "Jayapura", "Kediri",
    "Kupang", "Madiun", "Magelang", "Malang", "Mojokerto", "Pasuruan", "Pekalongan", "Probolinggo", "Semarang",
    "Serang", "Solok", "Sorong", "Sukabumi", "Tangerang", "Tasikmalaya", "Tegal", "Bengkulu", "Jambi",
}  # fmt: skip

# Informal names that point at one regency or city only.
ALIASES = {
    "31.71": ["jakpus", "Jakarta Pusat", "jakarta pusat"], "31.72": ["jakut", "Jakarta Utara", "jkt utara"],
    "31.73": ["jakbar", "Jakarta Barat", "jkt barat"], "31.74": ["jaksel", "Jakarta Selatan", "jakarta selatan"],
    "31.75": ["jaktim", "Jakarta Timur", "jkt timur"], "31.01": ["Kepulauan Seribu", "pulau seribu"],
    "34.71": ["jogja", "kota jogja", "Kota Yogya", "yogya"], "33.74": ["smg", "kota smg", "Semarang kota"],
    "33.72": ["solo", "Solo", "kota solo"], "35.78": ["sby", "surabaya", "Surabaya"], "12.71": ["medan", "Medan", "mdn"],
    "73.71": ["makassar", "mks", "Makassar"], "16.71": ["palembang", "plg", "Palembang"], "14.71": ["pekanbaru", "pku"],
    "64.71": ["balikpapan", "bpp"], "36.74": ["tangsel", "Tangsel", "tangerang selatan"],
    "32.73": ["kota bdg", "bandung kota"], "32.04": ["kab bdg", "bandung kabupaten"],
    "32.75": ["kota bks", "bekasi kota"], "32.16": ["kab bks", "cikarang"], "32.71": ["kota hujan", "bogor kota"],
    "32.01": ["kab bgr", "bogor kabupaten"], "35.73": ["malang kota", "kota mlg"], "35.07": ["kab mlg", "malang kabupaten"],
    "21.71": ["batam", "Batam"], "51.71": ["denpasar", "dps"], "61.71": ["pontianak", "ptk"], "63.71": ["banjarmasin", "bjm"],
    "18.71": ["bandar lampung", "balam"], "71.71": ["manado", "mdo"], "13.71": ["padang", "Padang"],
    "36.71": ["kota tng", "tangerang kota"], "36.03": ["kab tangerang", "tangerang kabupaten"],
    "96.71": ["kota sorong"], "96.01": ["kab sorong", "Aimas"], "91.71": ["kota jayapura"], "91.03": ["kab jayapura", "Sentani"],
}  # fmt: skip

BIG_CITIES = {
    "12.71", "14.71", "16.71", "21.71", "31.71", "31.72", "31.73", "31.74", "31.75", "32.01", "32.04", "32.16",
    "32.71", "32.73", "32.75", "32.76", "33.74", "34.71", "35.15", "35.78", "35.73", "36.03", "36.71", "36.74",
    "51.71", "64.71", "73.71", "18.71", "63.71", "61.71", "13.71", "71.71",
}  # fmt: skip

VILLAGES = [
    "Sukamaju", "Mekarsari", "Sidomulyo", "Karangrejo", "Tanjung Sari", "Suka Damai", "Mekar Jaya", "Sumber Rejo",
    "Harapan Baru", "Bukit Indah", "Margamulya", "Sindang Sari", "Sungai Baru", "Teluk Jaya", "Batu Putih",
    "Kampung Baru", "Tunas Harapan", "Sri Rejeki", "Talang Jaya", "Pasir Putih", "Wonorejo", "Lembah Hijau",
    "Air Bening", "Cempaka Putih", "Purwosari", "Tegal Sari", "Sumber Makmur", "Karya Bakti", "Padang Sari",
    "Rawa Indah", "Gunung Sari", "Sukorejo", "Tanah Merah Indah", "Mulyorejo", "Bina Karya", "Sido Makmur",
]  # fmt: skip

STREETS = [
    "Melati", "Kenanga", "Merdeka", "Pahlawan", "Veteran", "Cempaka", "Flamboyan", "Anggrek", "Kartini", "Pemuda",
    "Mawar", "Bougenville", "Nusantara", "Pendidikan", "Perintis", "Kemuning", "Seroja", "Teratai", "Sejahtera",
    "Sukarela", "Bhakti", "Gotong Royong", "Kamboja", "Dahlia", "Cendana", "Beringin", "Lingkar Selatan",
    "Cut Meutia", "Tanjung", "Kelapa Dua", "Mangga", "Rambutan", "Durian", "Nangka", "Kemerdekaan", "Bina Marga",
]  # fmt: skip

FIRST_NAMES = [
    "Budi", "Siti", "Agus", "Dewi", "Rudi", "Yanti", "Hendra", "Rina", "Joko", "Wati", "Darto", "Nining", "Slamet",
    "Lina", "Fajar", "Ratna", "Imam", "Sri", "Bambang", "Yuni", "Andi", "Nur", "Heri", "Tuti", "Rahmat", "Ani",
    "Dedi", "Sari", "Iwan", "Eka", "Maman", "Lilis", "Ucok", "Made", "Ketut", "Yohanes", "Marthen", "Nengah",
]  # fmt: skip
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November",
    "Desember",
]  # fmt: skip


@dataclass
class Region:
    code: str
    name: str
    kec: list

    @property
    def kind(self):
        return self.name.split(" ", 1)[0]  # "Kota" / "Kabupaten"

    @property
    def base(self):
        return self.name.split(" ", 1)[1]

    @property
    def province(self):
        return self.code[:2]

    @property
    def is_city(self):
        return self.kind == "Kota"


def region(code: str) -> Region:
    name, kec = REGIONS[code]
    return Region(code, name, kec or [name.split(" ", 1)[1]])


class Writer:
    """Random choices for one line: the place, the slots and the noise."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # -- places ------------------------------------------------------------------------------
    def area(self, r: Region) -> str:
        """The regency or city as citizens write it; ambiguous base names always keep Kota/Kab."""
        base = r.base
        if r.is_city:
            forms = [r.name, r.name.lower(), f"kota {base}", f"Kota {base}", f"kota {base.lower()}"]
        else:
            forms = [r.name, r.name.lower(), f"Kab. {base}", f"kab {base.lower()}", f"Kab {base}", f"kabupaten {base}"]
        if base not in AMBIGUOUS and r.province != DKI:
            forms += [base, base, base.lower()]
        forms += ALIASES.get(r.code, []) * 2
        return self.pick(forms)

    def kec_name(self, r: Region) -> str:
        return self.pick(r.kec)

    def lokasi(self, r: Region) -> str:
        """A kecamatan and the regency/city."""
        kec = self.kec_name(r)
        form = self.pick(["Kec. {k}, {a}", "kecamatan {k} {a}", "kec {k} {a}", "{k}, {a}", "Kecamatan {k}, {a}"])
        return form.format(k=kec, a=self.area(r))

    def desa(self, r: Region) -> str:
        name = self.pick(VILLAGES)
        if r.is_city:
            return self.pick(["Kelurahan", "kel.", "Kel.", "kelurahan"]) + " " + name
        prefix = {"11": "Gampong", "13": "Nagari"}.get(r.province)
        if r.province[0] == "9":
            prefix = "Kampung"
        return (prefix or self.pick(["Desa", "desa", "Ds."])) + " " + name

    def street(self, r: Region) -> str:
        name = self.pick(STREETS + [f"Raya {self.kec_name(r)}"])
        return self.pick(["Jl. ", "jl. ", "jln ", "Jalan ", "jl "]) + name

    def province_name(self, code: str) -> str:
        return self.pick(PROVINCE_SPELLINGS[code])

    # -- other slots -------------------------------------------------------------------------
    def tanggal(self) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.pick([2024, 2025, 2025])
        return self.pick(
            [
                f"{day} {MONTHS[month - 1]} {year}",
                f"tgl {day}/{month}/{year}",
                f"tanggal {day} {MONTHS[month - 1]}",
                f"{day}-{month:02d}-{year}",
                f"tgl {day} {MONTHS[month - 1].lower()}",
            ]
        )

    def lama(self) -> str:
        n = self.rng.randint(2, 9)
        return self.pick([f"{n} hari", f"{n} minggu", f"{n} bulan", "seminggu", "sebulan", "hampir setahun",
                          f"lebih dari {n} hari", f"sudah {n} bulanan"])  # fmt: skip

    def rupiah(self, big: bool = False) -> str:
        if big:
            n = self.rng.choice([1, 2, 3, 5, 7, 10, 15, 25, 40])
            return self.pick([f"Rp {n}.000.000", f"{n} juta", f"Rp{n} jt", f"Rp. {n}.000.000,-"])
        n = self.rng.choice([10, 15, 20, 25, 50, 75, 100, 150, 200, 250, 300, 500])
        return self.pick([f"Rp {n}.000", f"{n}rb", f"Rp{n}.000", f"{n} ribu", f"Rp. {n}.000,-"])

    def rupiah_mid(self) -> str:
        """Hundreds of thousands to a few million: fees, bills, wages."""
        n = self.rng.choice([350, 500, 750, 800, 1200, 1500, 1750, 2000, 2500, 3500])
        if n < 1000:
            return self.pick([f"Rp {n}.000", f"{n} ribu", f"{n}rb", f"Rp. {n}.000,-"])
        juta = f"{n / 1000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return self.pick([f"Rp {n // 1000}.{n % 1000:03d}.000", f"{juta} juta", f"Rp{juta} jt", f"{juta}jt"])

    def nama(self) -> str:
        first = self.pick(FIRST_NAMES)
        return self.pick([f"Pak {first}", f"Bu {first}", f"bapak {first}", f"sdr. {first}", f"ibu {first}", first])

    def rt(self) -> str:
        a, b = self.rng.randint(1, 15), self.rng.randint(1, 12)
        return self.pick([f"RT {a:02d}/RW {b:02d}", f"rt {a} rw {b}", f"RT.{a:03d} RW.{b:03d}", f"RT {a}"])

    def jam(self) -> str:
        return self.pick([f"jam {self.rng.randint(7, 11)} malam", f"pukul {self.rng.randint(1, 4)}.00 dini hari",
                          f"jam {self.rng.randint(6, 10)} pagi", f"sekitar jam {self.rng.randint(1, 5)} sore"])  # fmt: skip

    def school(self, r: Region, kind: str, with_area: bool = True) -> str:
        no = self.pick([1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 11, 12, 17])
        place = self.area(r) if with_area and self.chance(0.35) else self.kec_name(r)
        forms = {
            "sd": [f"SDN {no} {place}", f"SD Negeri {no:02d} {place}", f"sdn {no} {place.lower()}", f"SD N {no} {place}"],
            "smp": [f"SMPN {no} {place}", f"SMP Negeri {no} {place}", f"smpn {no} {place.lower()}", f"SMP N {no} {place}"],
            "sma": [f"SMAN {no} {place}", f"SMA Negeri {no} {place}", f"sman {no} {place.lower()}", f"SMA N {no} {place}"],
            "smk": [f"SMKN {no} {place}", f"SMK Negeri {no} {place}", f"smkn {no} {place.lower()}", f"SMK N {no} {place}"],
            "slb": [f"SLB Negeri {place}", f"SLB N {no} {place}", f"slb negeri {place.lower()}"],
            "paud": [f"PAUD {self.pick(['Tunas Bangsa', 'Kasih Ibu', 'Pelangi', 'Bintang Kecil'])} {place}",
                     f"TK Negeri {no} {place}", f"TK Pembina {place}"],
        }  # fmt: skip
        return self.pick(forms[kind])


OPENERS = [
    "Selamat pagi admin.", "Selamat siang Bapak/Ibu.", "Assalamualaikum wr wb.", "Yth. Bapak/Ibu pengelola LAPOR,",
    "Min, mau lapor.", "Permisi, izin melapor.", "Dengan hormat,", "Halo min", "Mohon maaf mengganggu waktunya.",
    "Saya mau menyampaikan keluhan.", "Lapor!", "Pagi pak", "Malam min,", "Saya {nama}, warga {place}.",
    "Saya warga {lokasi}.", "Kami warga {desa}, {place}.", "Izin menyampaikan aduan.", "Sore admin lapor.",
    "Tolong dibaca sampai habis.", "Ini sudah kesekian kalinya saya lapor.", "Mohon izin bapak ibu,",
    "Salam sejahtera.", "Om swastiastu.", "Selamat malam, maaf saya mau mengadu.", "Tabe, permisi.",
    "Saya selaku warga {place} ingin melaporkan.", "Mau tanya sekaligus komplain.", "Kepada yth. pihak terkait,",
]  # fmt: skip

CLOSERS = [
    "Mohon segera ditindaklanjuti.", "Terima kasih.", "Mohon perhatiannya.", "Tolong segera ditangani!!",
    "Kami tunggu tindak lanjutnya.", "Terima kasih atas perhatiannya.", "Mohon ditindak tegas.", "Semoga cepat direspon.",
    "Sudah lapor ke RT/RW tapi tidak ada hasil.", "Jangan cuma dibaca tolong.", "Makasih min.",
    "Sebelumnya sudah pernah lapor tapi belum ada tindakan.", "Mohon bantuannya bapak/ibu.", "Harap diperhatikan.",
    "Tolong jangan dilempar-lempar lagi laporan saya.", "Kalau bisa secepatnya.", "Foto terlampir.",
    "Mohon ditinjau langsung ke lokasi.", "Trims.", "Wassalam.", "Sekian dan terima kasih.",
    "Semoga laporan ini ditanggapi, bukan cuma formalitas.", "Tolong lah pak, kami rakyat kecil.",
    "Mohon kejelasannya.", "Saya siap dihubungi kalau perlu data tambahan.", "Mohon solusinya.",
    "Sudah viral di grup WA warga tapi belum ada yang turun.", "Kami sangat berharap ada tindakan nyata.",
    "Tolong jangan sampai ada korban dulu baru ditangani.", "Terimakasih sebelumnya.", "Matur nuwun.",
    "Hatur nuhun.", "Mohon maaf kalau salah alamat laporannya.",
]  # fmt: skip

# Chat spellings (the ones slang.json expands); each standard word gets one of these at random.
CHAT = {
    "tidak": ["gak", "ga", "nggak", "tdk", "gk", "ngga", "tak"], "sudah": ["udah", "sdh", "udh", "dah"],
    "belum": ["blm", "blum"], "yang": ["yg"], "dengan": ["dgn"], "saya": ["sy", "aku", "sya"], "untuk": ["utk", "buat"],
    "karena": ["krn", "karna"], "jalan": ["jln", "jl"], "bapak": ["bpk", "pak"], "tolong": ["tlg", "tolongg"],
    "sekarang": ["skrg", "skrng"], "juga": ["jg"], "banyak": ["byk", "bnyk"], "tetapi": ["tapi", "tp"], "tapi": ["tp"],
    "sampai": ["sampe", "smpai"], "kalau": ["kalo", "klo"], "bagaimana": ["gimana", "gmn"], "hari": ["hr"],
    "bulan": ["bln"], "tahun": ["thn"], "mohon": ["mhn", "mohonn"], "lagi": ["lg"], "masih": ["msh", "masi"],
    "dari": ["dr"], "pada": ["pd"], "warga": ["wrg"], "tersebut": ["tsb"], "seperti": ["kayak", "spt"],
    "kenapa": ["knp", "napa"], "saja": ["aja", "aj"], "sekali": ["bgt", "banget"], "terima kasih": ["makasih", "trims", "tks"],
    "bagaimana ini": ["gmn nih"], "sangat": ["sgt"], "minggu": ["mgg"], "sama": ["sm"], "bisa": ["bs"], "harus": ["hrs"],
}  # fmt: skip
_CHAT_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, CHAT), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_SLOT_RE = re.compile(r"\{(\w+)\}")
# Slots that put the complaint in a regency/city (the line then carries that region's code).
LOCAL_SLOTS = {"place", "lokasi", "kec", "desa", "jl", "sd", "smp", "sma", "smk", "slb", "paud", "area", "rskab"}


@dataclass
class Affair:
    """One authority rule's complaints: the fragments and how many lines to write."""

    code: str
    level: str
    target: str  # OPD slug for regional levels ('' = the government), agency code for pusat
    category: str  # top-level category code
    count: int
    cores: list  # the complaint itself, one or two sentences with {slots}
    extras: list = field(default_factory=list)  # a further detail sentence
    wrong: list = field(default_factory=list)  # sentences that ask the wrong body to act (the label stays right)
    regions: list | None = None  # region codes to draw from (default: all)
    forced: list = field(default_factory=list)  # region codes of the first lines, in order


AFFAIRS: list[Affair] = []


def load_names():
    pusat = json.loads((ROOT / "lapor/agencies/data/pusat.json").read_text(encoding="utf-8"))["agencies"]
    cats = json.loads((ROOT / "lapor/reports/data/categories.json").read_text(encoding="utf-8"))["categories"]
    return {a["code"]: a["name"] for a in pusat}, {c["code"]: c["name"] for c in cats}


class Line:
    def __init__(self, w: Writer, affair: Affair, r: Region):
        self.w, self.affair, self.r = w, affair, r
        self.used: set[str] = set()

    def slot(self, name: str) -> str:
        w, r = self.w, self.r
        self.used.add(name)
        simple = {
            "place": lambda: w.area(r), "area": lambda: w.area(r), "lokasi": lambda: w.lokasi(r),
            "kec": lambda: w.kec_name(r), "desa": lambda: w.desa(r), "jl": lambda: w.street(r),
            "tgl": w.tanggal, "lama": w.lama, "rp": w.rupiah, "rpbig": lambda: w.rupiah(big=True),
            "rpmid": w.rupiah_mid, "nama": w.nama,
            "rt": w.rt, "jam": w.jam, "n": lambda: str(w.rng.randint(2, 9)), "no": lambda: str(w.rng.randint(1, 14)),
            "prov": lambda: w.province_name(r.province), "bln": lambda: w.pick(MONTHS),
            "thn": lambda: w.pick(["2023", "2024", "2025"]),
        }  # fmt: skip
        if name in simple:
            return simple[name]()
        if name in FACILITY_SLOTS:
            return FACILITY_SLOTS[name](w, r)
        if name in ("sd", "smp", "sma", "smk", "slb", "paud"):
            return w.school(r, name, with_area=not self.names_area)
        raise KeyError(f"unknown slot {{{name}}} in {self.affair.code}")

    def fill(self, template: str) -> str:
        self.names_area = bool(re.search(r"\{(place|lokasi|area)\}", template))
        return _SLOT_RE.sub(lambda m: self.slot(m.group(1)), template)


def noisy(w: Writer, text: str) -> str:
    """Chat spellings, case, punctuation and typos, in the proportions complaints show."""
    if w.chance(0.5):
        rate = w.pick([0.3, 0.6, 0.9])
        text = _CHAT_RE.sub(lambda m: w.pick(CHAT[m.group(1).lower()]) if w.chance(rate) else m.group(1), text)
    roll = w.rng.random()
    if roll < 0.05:
        text = text.upper()
    elif roll < 0.25:
        text = text.lower()
    elif roll < 0.3:
        # the last sentence shouted
        head, _sep, tail = text.rstrip(".!").rpartition(". ")
        text = f"{head}. {tail.upper()}!!" if head else text
    roll = w.rng.random()
    if roll < 0.18:
        text = re.sub(r"[.,](\s|$)", r"\1", text).strip()
    elif roll < 0.26:
        text = text.rstrip(".") + w.pick(["!!", "!!!", "..", "...", " ??", "?!"])
    for _ in range(w.pick([0, 0, 0, 0, 1, 1, 2])):
        text = typo(w, text)
    return re.sub(r"\s{2,}", " ", text).strip()


def typo(w: Writer, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, x in enumerate(words) if len(x) > 4 and x.isalpha() and x.islower()]
    if not candidates:
        return text
    i = w.pick(candidates)
    x = words[i]
    k = w.rng.randint(1, len(x) - 2)
    kind = w.pick(["swap", "drop", "double"])
    if kind == "swap":
        x = x[: k - 1] + x[k] + x[k - 1] + x[k + 1 :]
    elif kind == "drop":
        x = x[:k] + x[k + 1 :]
    else:
        x = x[:k] + x[k] + x[k:]
    words[i] = x
    return " ".join(words)


def pick_fitting(w: Writer, items: list, code: str) -> str:
    fitting = [x for x in items if fits(x, code)]
    return w.pick(fitting or items)


def compose(w: Writer, affair: Affair, r: Region, core: str) -> Line:
    line = Line(w, affair, r)
    body = line.fill(core)
    sentences = body.count(". ") + 1
    parts = []
    if w.chance(0.38 if sentences < 2 else 0.2):
        parts.append(line.fill(w.pick(OPENERS)))
    parts.append(body)
    if affair.extras and w.chance(0.45 if sentences < 3 else 0.15):
        parts.append(line.fill(pick_fitting(w, affair.extras, r.code)))
    if affair.wrong and w.chance(0.09):
        parts.append(line.fill(pick_fitting(w, affair.wrong, r.code)))
    if affair.level != PUSAT and not (line.used & LOCAL_SLOTS):
        where = w.pick(
            ["Lokasi: {lokasi}.", "Lokasi di {place}.", "({lokasi})", "Di {desa}, {place}.", "TKP {lokasi}."]
        )
        parts.append(line.fill(where))
    if w.chance(0.45 if len(parts) < 3 else 0.2):
        parts.append(line.fill(w.pick(CLOSERS)))
    line.text = noisy(w, " ".join(parts))
    return line


def labels(affair: Affair, line: Line, pusat_names: dict) -> tuple[str, str, str | None]:
    """Agency name, its level and the line's region code, by the authority rule."""
    r, t = line.r, affair.target
    if affair.level == PUSAT:
        if line.used & LOCAL_SLOTS:
            code = r.code
        elif "prov" in line.used:
            code = r.province
        else:
            code = None
        return pusat_names[t], PUSAT, code
    if affair.level == KABKOTA and r.province != DKI:
        area, level, code = r.name, KABKOTA, r.code
    elif affair.level == KABKOTA:
        # Jakarta's cities and regency are administrative (UU 29/2007): the province's bodies answer.
        area, level, code = "Provinsi DKI Jakarta", PROVINSI, r.code
    else:
        area, level, code = f"Provinsi {PROVINCES[r.province]}", PROVINSI, r.province
    return (f"{OPD[t]} {area}" if t else f"Pemerintah {area}"), level, code


def region_sequence(w: Writer, affair: Affair) -> list[str]:
    pool = affair.regions or list(REGIONS)
    weights = [3 if c in BIG_CITIES else 1 for c in pool]
    return list(affair.forced) + w.rng.choices(pool, weights=weights, k=max(0, affair.count - len(affair.forced)))


_REGENCY_WORDS = re.compile(r"\b(kabupaten|bupati|pemkab)\b", re.IGNORECASE)
_CITY_WORDS = re.compile(r"\b(jalan kota|pemkot|wali ?kota|taman kota|bus kota)\b", re.IGNORECASE)


def fits(core: str, code: str) -> bool:
    """A fragment that speaks of a regency (bupati, jalan kabupaten) is not used for a city, and back."""
    r = region(code)
    if _REGENCY_WORDS.search(core) and (r.is_city or r.province == DKI):
        return False
    return not (_CITY_WORDS.search(core) and not r.is_city)


def build() -> list[dict]:
    pusat_names, category_names = load_names()
    w = Writer(random.Random(SEED))
    rows, seen = [], set()
    for affair in AFFAIRS:
        cores = list(affair.cores)
        w.rng.shuffle(cores)
        for i, code in enumerate(region_sequence(w, affair)):
            core = next(
                (c for k in range(len(cores)) if fits(c := cores[(i + k) % len(cores)], code)), cores[i % len(cores)]
            )
            for _attempt in range(20):
                line = compose(w, affair, region(code), core)
                if line.text.lower() not in seen:
                    break
            seen.add(line.text.lower())
            agency, level, region_code = labels(affair, line, pusat_names)
            rows.append(
                {
                    "text": line.text,
                    "agency": agency,
                    "level": level,
                    "category": category_names[affair.category],
                    "region": region_code,
                }
            )
    return rows


def main():
    rows = build()
    with open(OUTPUT, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} lines written to {OUTPUT}")


# -- Affairs ------------------------------------------------------------------------------------
# Places where both a regency/city body and a provincial one answer (SD vs SMA, jalan kota vs jalan
# provinsi), and regencies and cities that share a name: the first lines of those affairs go there.
SAME_PLACE = [
    "32.73",
    "33.74",
    "35.78",
    "12.71",
    "73.71",
    "16.71",
    "61.71",
    "52.71",
    "71.71",
    "18.71",
    "34.71",
    "53.71",
]
SAME_NAME = ["32.01", "32.71", "32.04", "32.73", "32.16", "32.75", "35.07", "35.73", "36.03", "36.71", "96.01", "96.71",
             "91.03", "91.71", "75.01", "75.71"]  # fmt: skip
NOT_DKI = [c for c in REGIONS if not c.startswith(DKI + ".")]

AFFAIRS.append(
    Affair(
        "jalan-kabkota",
        KABKOTA,
        "pupr",
        "pekerjaan-umum-dan-penataan-ruang",
        90,
        cores=[
            "Jalan di {desa} {place} rusak parah, lubang dimana mana, sudah {lama} tidak diperbaiki.",
            "{jl} {lokasi} berlubang besar di tengah jalan, kemarin ada pengendara motor jatuh.",
            "Mohon perbaikan jalan lingkungan di {rt} {desa}, kalau hujan jadi kubangan lumpur.",
            "Drainase di {jl} {place} tersumbat, setiap hujan air meluap ke rumah warga.",
            "Selokan depan rumah kami di {lokasi} mampet dan bau, sudah {lama} tidak pernah dikeruk.",
            "Banjir lagi di {desa} {place}, saluran air kecil sekali tidak bisa menampung. Tiap hujan deras pasti begini.",
            "Jembatan penghubung antar desa di kec {kec} {place} sudah miring dan kayunya lapuk, anak sekolah tiap hari lewat situ.",
            "Trotoar di {jl} {place} rusak dan banyak paving yang lepas, membahayakan pejalan kaki terutama lansia.",
            "Aspal jalan baru diperbaiki {bln} kemarin sudah mengelupas lagi di {lokasi}. Kualitas pekerjaannya dipertanyakan.",
            "Gorong-gorong di {jl} ambrol, sekarang ada lubang menganga di pinggir jalan {place}.",
            "jalan kabupaten dari {kec} ke ibukota kabupaten rusak berat, kalau musim hujan tidak bisa dilewati mobil. {place}",
            "Tolong jalan desa di {desa} {place} diaspal, dari jaman dulu masih tanah dan batu.",
            "Genangan air di perempatan {jl} {place} tidak pernah surut berhari-hari, saluran tidak berfungsi.",
            "Proyek galian saluran di {jl} {place} ditinggal begitu saja, tanahnya menutupi separuh jalan.",
            "Tanggul sungai di {desa} {place} jebol sejak {tgl}, sawah dan rumah warga terendam.",
            "Irigasi di {desa} kec. {kec} tidak dialiri, saluran rusak dan petani tidak bisa tanam. {place}",
            "Jalan kota di depan pasar {kec} {place} berlubang sedalam lutut, sudah ada {n} kecelakaan bulan ini.",
            "Paving block di gang {rt} {desa} amblas, mohon diperbaiki sebelum ada korban.",
            "Pembangunan ruko di {jl} {place} menutup saluran air, apakah sudah punya PBG? Akibatnya rumah kami kebanjiran.",
            "Ada bangunan yang berdiri di atas saluran drainase di {lokasi}, diduga tidak sesuai tata ruang.",
            "JALAN RUSAK PARAH di {lokasi}!! Sudah bertahun-tahun tidak tersentuh perbaikan.",
            "jln {desa} {place} ancur bgt, mobil ambulans aja susah lewat",
            "Kapan jalan di {desa} diperbaiki? Sudah diusulkan di musrenbang {thn} tapi tidak ada realisasi. {place}",
            "Saluran air di {rt} {desa} {place} dangkal dan tertutup sedimen, tolong dinormalisasi.",
            "Jembatan gantung di {desa} {place} talinya putus sebagian, warga masih nekat lewat.",
            "Perbaikan jalan di {jl} {place} hanya tambal sulam, seminggu kemudian lubangnya muncul lagi.",
            "Penutup saluran (grill) di {jl} {place} hilang, lubangnya bisa bikin orang jatuh kalau malam.",
            "Di {lokasi} tiap hujan sebentar saja langsung banjir setinggi betis, drainase tidak dibenahi.",
            "Jalan menuju TPU di {desa} {place} rusak dan becek, susah mengantar jenazah.",
            "Proyek peningkatan jalan di {desa} {place} mangkrak sejak {bln} {thn}, material berserakan.",
            "Lubang jalan di depan {sd} {place} sudah ditanami pohon pisang oleh warga sebagai tanda bahaya.",
            "Saya mau tanya status pengajuan PBG rumah saya di {place}, sudah {lama} belum ada kabar dari dinas.",
            "Jalan kampung di {rt} {desa}, {place} rusak akibat truk proyek perumahan lewat tiap hari.",
            "Talud di pinggir jalan {desa} {place} longsor, separuh badan jalan sudah hilang.",
            "Got di {jl} {lokasi} penuh sampah dan lumpur sehingga air meluber ke jalan.",
            "Jalan poros {desa} - {kec} sepanjang kurang lebih {n} km rusak, hasil bumi warga susah diangkut. {place}",
            "Box culvert di {jl} {place} dipasang terlalu tinggi, sekarang air malah menggenang di rumah warga.",
            "mohon pak bupati perhatikan jalan di kec {kec}, sdh kayak kubangan kerbau. {place}",
            "Pembangunan jalan rabat beton di {desa} {place} ketebalannya tidak sesuai, baru sebulan sudah retak.",
            "Ada pohon besar menutup saluran di {jl} {place}, akarnya merusak badan jalan dan trotoar.",
            "Jalan lingkungan perumahan kami di {lokasi} belum diserahkan developer ke pemda, rusak tidak ada yang urus.",
            "Banjir rob? bukan, ini banjir karena drainase {jl} {place} tidak nyambung ke sungai.",
            "Jalan setapak ke sekolah di {desa} {place} licin dan berlumpur, anak-anak sering jatuh.",
            "Mohon dibangun jembatan di {desa} {place}, warga sekarang menyeberang sungai pakai rakit.",
            "Lampu sudah ada tapi jalannya hancur. {jl} {lokasi} mohon segera diaspal ulang.",
            "Penggalian kabel di trotoar {jl} {place} tidak dirapikan kembali, trotoar jadi berlubang.",
            "Tiap musim hujan jalan di depan kantor camat {kec} {place} tergenang, padahal pusat pelayanan.",
            "Irigasi tersier di {desa} {place} jebol, air sawah terbuang ke jalan.",
            "Proyek drainase di {lokasi} dikerjakan asal-asalan, sambungan betonnya tidak rapat.",
            "jalan di {desa} kec {kec} ini mau sampe kapan rusaknya? tiap tahun cuma janji",
        ],
        extras=[
            "Sudah banyak pengendara yang jatuh terutama malam hari.",
            "Warga sudah iuran menimbun pakai sirtu tapi tetap rusak.",
            "Anak-anak sekolah harus jalan kaki lewat lumpur.",
            "Kalau malam gelap, lubangnya tidak kelihatan.",
            "Mohon dinas terkait turun meninjau.",
            "Foto kondisi jalan sudah saya lampirkan.",
            "Panjang kerusakan kurang lebih {n}00 meter.",
            "Padahal jalan ini akses utama warga ke pasar dan puskesmas.",
            "Kami sudah usulkan lewat kelurahan tapi katanya tidak ada anggaran.",
            "Truk bermuatan berat sering lewat sini.",
            "Air sampai masuk ke rumah setinggi {n}0 cm.",
            "Kondisi ini sudah terjadi sejak {thn}.",
        ],
        wrong=[
            "Mohon Kementerian PU segera memperbaiki.",
            "Tolong Dinas Perhubungan tindak lanjuti.",
            "Mohon pak gubernur turun tangan.",
            "Dishub kemana aja?",
        ],  # fmt: skip
        forced=SAME_PLACE + SAME_NAME,
    )
)

AFFAIRS.append(
    Affair(
        "air-minum",
        KABKOTA,
        "pdam",
        "pekerjaan-umum-dan-penataan-ruang",
        68,
        regions=NOT_DKI,
        cores=[
            "Air PDAM di {lokasi} mati sudah {lama}, tidak ada pemberitahuan sama sekali.",
            "Air PAM keruh dan bau kaporit di {desa} {place}, tidak bisa dipakai masak.",
            "Tagihan air bulan {bln} saya naik jadi {rp} padahal pemakaian biasa saja, meteran diduga rusak. {place}",
            "Pipa PDAM bocor di {jl} {place} sejak {tgl}, air terbuang sia-sia dan jalan jadi becek.",
            "Air tidak mengalir ke rumah kami di {rt} {desa}, tapi tagihan tetap jalan terus. {place}",
            "Sudah daftar sambungan baru PDAM di {place} sejak {bln}, sudah bayar {rp} tapi belum dipasang.",
            "Air hanya mengalir jam 1-3 pagi di {lokasi}, warga harus begadang untuk menampung air.",
            "Meteran air saya dicabut petugas padahal tagihan sudah lunas, mohon penjelasan. {place}",
            "Air bersih sulit sekali di {desa} {place}, pipa perumda air tidak sampai ke kampung kami.",
            "Kenapa air pdam {place} sering mati tiap hari minggu? pelanggan dirugikan",
            "Air yang keluar dari kran kuning kecoklatan dan ada endapan lumpur. {lokasi}",
            "Perbaikan pipa di {jl} {place} meninggalkan galian yang tidak ditutup, bahaya untuk pengendara.",
            "Petugas pencatat meter tidak pernah datang, tagihan ditembak rata-rata terus. {place}",
            "Tekanan air PDAM lemah sekali di {lokasi}, lantai dua tidak kebagian air.",
            "Sudah {lama} air mati total di perumahan kami {desa} {place}, warga beli air galon untuk mandi.",
            "Denda keterlambatan tagihan air terlalu besar, telat {n} hari kena {rp}. {place}",
            "air pam di {kec} mati lg, ini udah ke {n} kalinya bulan ini. pelayanan pdam {place} payah",
            "Pipa air minum di {desa} {place} dipasang dangkal, sering pecah dilindas mobil.",
            "Call center PDAM {place} tidak bisa dihubungi, laporan gangguan tidak ada yang respon.",
            "Mobil tangki air bersih yang dijanjikan untuk {desa} {place} tidak pernah datang saat air mati.",
            "Saya pindah rumah di {place} dan minta balik nama pelanggan air, prosesnya berbelit dan dimintai uang {rp}.",
            "AIR MATI {lama} DI {lokasi}. Tolong PDAM jangan diam saja!!",
            "Air PDAM berbau amis dan berbusa di {rt} {desa}, warga takut sakit perut. {place}",
            "Meteran air berputar sendiri walaupun semua kran ditutup, tagihan membengkak. {lokasi}",
            "Jaringan pipa baru di {desa} {place} sudah dipasang setahun tapi airnya belum pernah mengalir.",
            "Pemutusan sambungan air tanpa surat peringatan di {lokasi}, padahal saya hanya telat sebulan.",
            "Kebocoran pipa induk di dekat jembatan {desa} {place} menyebabkan air di {n} RT mati.",
            "Kualitas air pdam {place} makin jelek, bak mandi jadi licin dan ada cacing kecil.",
            "Tarif air naik tanpa sosialisasi ke pelanggan di {place}, dari {rp} jadi hampir dua kali lipat.",
            "Mohon jadwal distribusi air bergilir di {lokasi} diumumkan, jangan tiba-tiba mati.",
            "Pembayaran tagihan air lewat aplikasi gagal tapi saldo terpotong {rp}, status masih belum bayar. {place}",
            "Hidran umum di {desa} {place} rusak, warga kurang mampu tidak bisa ambil air.",
            "Air tdk ngalir sama sekali sejak {tgl} di {desa}, {place}. Bayar terus tapi air ga ada",
            "Pemasangan pipa PDAM merusak halaman dan pagar rumah warga di {jl} {place} dan tidak diperbaiki.",
            "Sudah lapor gangguan air ke kantor cabang PDAM di {kec} tapi disuruh nunggu terus. {place}",
        ],
        extras=[
            "Nomor pelanggan saya ada, bisa dicek.",
            "Kami terpaksa beli air per jerigen {rp}.",
            "Anak saya sampai gatal-gatal setelah mandi.",
            "Tetangga satu gang juga mengalami hal yang sama.",
            "Sudah ditelpon ke kantor PDAM katanya sedang perbaikan, tapi tidak selesai-selesai.",
            "Mohon dicek kualitas airnya ke laboratorium.",
            "Kami sekeluarga tidak bisa mandi sebelum kerja.",
            "Kalau memang ada perbaikan mohon diinformasikan sebelumnya.",
        ],
        wrong=[
            "Mohon Dinas PU segera perbaiki pipanya.",
            "Tolong Kementerian PU tindak.",
            "Saya sudah lapor ke PLN tapi katanya bukan urusan mereka.",
            "Mohon Dinas Lingkungan Hidup cek airnya.",
        ],  # fmt: skip
    )
)

AFFAIRS.append(
    Affair(
        "pendidikan-dasar",
        KABKOTA,
        "disdik",
        "pendidikan-dan-kebudayaan",
        72,
        cores=[
            "Anak saya di {sd} dimintai uang seragam dan buku {rp}, katanya wajib. Bukannya sekolah negeri gratis?",
            "PPDB SMP di {place} tidak transparan, anak saya jaraknya dekat tapi tidak lolos zonasi.",
            "Atap kelas di {sd} bocor dan plafonnya sudah jebol, anak-anak belajar sambil takut tertimpa.",
            "Guru di {smp} sering tidak masuk, murid dibiarkan belajar sendiri. {place}",
            "Ada pungutan study tour wajib di {smp} sebesar {rpmid}, yang tidak ikut diancam nilai dikurangi.",
            "Dana BOS di {sd} tidak jelas penggunaannya, komite sekolah tidak pernah dilibatkan.",
            "Anak saya tidak diterima di SD negeri dekat rumah karena umurnya kurang beberapa bulan, padahal sudah siap sekolah. {place}",
            "Toilet di {sd} rusak semua, murid harus numpang ke rumah warga. Tolong diperhatikan.",
            "Kepala sekolah {smp} menjual LKS ke siswa {rp} per buku, wajib beli.",
            "Guru honorer di {sd} belum dibayar honornya {lama}. {place}",
            "Siswa kelas 3 di {sd} belum lancar membaca tapi tetap dinaikkan, kualitas pengajaran mohon dievaluasi.",
            "Ijazah SMP anak saya ditahan sekolah karena ada tunggakan {rp}. {smp}",
            "Bangunan PAUD di {desa} {place} sudah tidak layak, lantainya tanah dan dindingnya retak.",
            "Ada dugaan jual beli kursi PPDB SMP negeri di {place}, orang tua ditawari jalur belakang {rpbig}.",
            "Anak saya dibully di {smp} dan pihak sekolah menganggapnya biasa saja.",
            "{sd} kekurangan guru, satu guru mengajar dua kelas sekaligus.",
            "Seragam batik dan olahraga di {smp} harus beli di koperasi sekolah dengan harga {rp}, lebih mahal dari pasar.",
            "Sekolah dasar di {desa} {place} jaraknya {n} km dari kampung kami, tidak ada transportasi, anak-anak jalan kaki.",
            "Nilai rapor anak saya di {smp} tidak keluar karena belum bayar sumbangan gedung.",
            "Kenapa sistem zonasi smp di {place} kacau, rumah 300 meter dari sekolah tapi tidak masuk?",
            "TK negeri di {place} memungut uang pangkal {rpmid}, apakah ini resmi?",
            "Meja dan kursi di {sd} banyak yang patah, murid duduk di lantai.",
            "Perpisahan kelas 6 di {sd} diadakan di hotel dengan biaya {rp} per anak, memberatkan orang tua.",
            "Kegiatan belajar di {smp} terganggu karena ruang kelas dipakai untuk gudang.",
            "Guru {smp} mewajibkan les tambahan berbayar di rumahnya, kalau tidak ikut nilainya jelek.",
            "Pagar {sd} roboh sejak {bln}, anak-anak bisa langsung lari ke jalan raya.",
            "Tolong cek kepala {sd}, jarang di sekolah dan sering ke luar kota.",
            "sekolah SD anak sy di {place} minta sumbangan pembangunan mushola {rp}, wajib katanya",
            "Wali murid {smp} dipaksa beli buku paket dari penerbit tertentu. {place}",
            "Anak berkebutuhan khusus ditolak mendaftar di {sd}, alasannya tidak ada guru pendamping.",
            "Pembangunan ruang kelas baru di {sd} mangkrak, murid belajar di teras.",
            "Jadwal sekolah di {smp} dibagi pagi dan siang karena kelas kurang, anak pulang maghrib.",
            "Dinas pendidikan kabupaten mohon perhatikan nasib guru SD di pedalaman {kec}, {place}.",
            "Sertifikat kelulusan SD anak saya salah nama, sekolah bilang urus sendiri ke dinas. {place}",
        ],
        extras=[
            "Kami orang tua tidak berani protes karena takut anak dipersulit.",
            "Bukti kwitansi ada pada saya.",
            "Banyak orang tua lain juga mengeluhkan hal yang sama.",
            "Mohon dinas pendidikan melakukan pemeriksaan.",
            "Saya tidak sebutkan nama anak saya demi keamanannya.",
            "Komite sekolah hanya jadi stempel.",
            "Anak saya sekarang kelas {n}.",
        ],
        wrong=[
            "Mohon Kemendikdasmen turun tangan.",
            "Tolong Dinas Pendidikan Provinsi tindak lanjuti.",
            "Mohon Kemenag cek sekolah ini.",
            "Pak menteri pendidikan tolong baca ini.",
        ],  # fmt: skip
        forced=SAME_PLACE + SAME_NAME,
    )
)

AFFAIRS.append(
    Affair(
        "pendidikan-menengah",
        PROVINSI,
        "disdik",
        "pendidikan-dan-kebudayaan",
        66,
        cores=[
            "PPDB SMA negeri di {place} tahun ini kacau, anak saya nilainya tinggi tapi tersingkir jalur zonasi.",
            "{sma} memungut uang komite {rp} per bulan, yang telat bayar tidak boleh ikut ujian.",
            "Ijazah anak saya ditahan oleh {smk} karena masih ada tunggakan {rpbig}.",
            "Siswa {smk} diwajibkan PKL di perusahaan yang ditunjuk sekolah dan harus bayar {rp}.",
            "Guru di {sma} sering kosong, anak saya bilang hampir tiap hari jam pelajaran dibiarkan.",
            "Sumbangan pembangunan di {sma} {place} sebesar {rpmid} diwajibkan untuk siswa baru.",
            "Anak saya yang difabel kesulitan masuk SLB negeri di {place}, kuota penuh dan tidak ada alternatif.",
            "Fasilitas praktik di {smk} rusak semua, mesin bengkel tidak bisa dipakai, siswa praktik cuma teori.",
            "Ada dugaan manipulasi domisili di PPDB SMA {place}, banyak siswa titipan pakai KK numpang.",
            "Study tour {sma} ke Bali biayanya {rpmid}, yang tidak ikut tetap diminta bayar.",
            "Kepala {smk} diduga menyelewengkan dana BOS, laboratorium komputer tidak pernah ada.",
            "Anak saya dikeluarkan dari {sma} tanpa surat peringatan dan tanpa alasan jelas.",
            "Sekolah Luar Biasa di {place} kekurangan guru dan alat bantu belajar untuk anak tunanetra.",
            "Bangunan kelas {sma} retak-retak setelah gempa, sampai sekarang siswa tetap belajar di ruangan itu.",
            "Ada pungli legalisir ijazah di {smk} {rp} per lembar.",
            "SMK negeri di {place} mewajibkan siswa beli seragam praktik di koperasi sekolah {rpmid}.",
            "Jalur afirmasi PPDB SMK {place} tidak jelas, anak dari keluarga miskin malah tidak diterima.",
            "Guru honorer SMA di {place} gajinya {rp} sebulan dan sering telat.",
            "{sma} mengadakan les wajib sore hari dengan biaya {rp} per bulan.",
            "tolong dicek sman di {kec} {place}, anak murid disuruh bayar buat beli proyektor sama AC",
            "Siswa {smk} jurusan otomotif praktik pakai alat pinjaman bengkel luar karena sekolah tidak punya.",
            "PPDB SMA jalur prestasi di {place} diduga ada permainan sertifikat lomba palsu.",
            "Anak saya di {sma} mengalami perundungan oleh kakak kelas, sekolah menutup-nutupi.",
            "Tidak ada SMA negeri di kecamatan {kec} {place}, anak-anak harus kos di kota. Mohon dibangun.",
            "Bus sekolah untuk {smk} sudah tidak jalan sejak {bln}, siswa dari desa jauh tidak bisa sekolah.",
            "Seleksi masuk {slb} meminta surat keterangan dokter yang biayanya mahal.",
            "Perpisahan kelas 12 di {sma} wajib ikut dengan biaya {rp}, padahal banyak orang tua keberatan.",
            "Ada oknum guru {smk} yang meminta uang agar nilai praktik siswa diluluskan.",
            "Mutasi anak saya dari SMA di luar provinsi ke {sma} dipersulit, disuruh bayar uang kursi.",
            "Sekolah menengah kejuruan di {place} tidak punya bengkel, tapi jurusan teknik tetap buka.",
            "SMA negeri di {place} memberlakukan jam masuk 6.15, anak dari desa berangkat subuh.",
        ],
        extras=[
            "Ini sekolah negeri, bukannya sudah ada BOS?",
            "Mohon Dinas Pendidikan Provinsi turun memeriksa.",
            "Kami orang tua siswa kelas X keberatan.",
            "Banyak wali murid tidak berani bicara.",
            "Anak saya sekarang kelas {n}.",
            "Bukti pesan WA dari wali kelas ada.",
        ],
        wrong=[
            "Mohon Dinas Pendidikan Kota segera bertindak.",
            "Tolong Bupati tegur kepala sekolahnya.",
            "Pak wali kota tolong perhatikan.",
            "Dinas pendidikan kabupaten mohon tindak lanjut.",
        ],  # fmt: skip
        forced=SAME_PLACE + SAME_NAME,
    )
)

AFFAIRS.append(
    Affair(
        "kesehatan-kabkota",
        KABKOTA,
        "dinkes",
        "kesehatan",
        66,
        cores=[
            "Pelayanan di Puskesmas {kec} {place} sangat lambat, antri dari jam 7 baru dilayani jam 11.",
            "Petugas puskesmas {kec} judes dan membentak pasien lansia. Mohon dibina.",
            "Puskesmas di {desa} {place} sering tutup jam 12 siang padahal jadwalnya sampai sore.",
            "Ambulans desa di {desa} {place} tidak bisa dipakai, katanya tidak ada sopir dan bensin.",
            "Kasus demam berdarah di {rt} {desa} sudah {n} orang, mohon segera dilakukan fogging. {place}",
            "Anak saya tidak dapat imunisasi di posyandu {desa} karena vaksinnya habis terus. {place}",
            "Bidan desa di {desa} {place} jarang ada di tempat, ibu hamil harus ke kecamatan.",
            "Obat di Puskesmas {kec} sering kosong, pasien disuruh beli di apotek luar.",
            "RSUD {place} menolak pasien gawat darurat dengan alasan kamar penuh, akhirnya dirujuk jauh.",
            "Pustu di {desa} {place} sudah tidak berfungsi, bangunannya rusak dan tidak ada nakes.",
            "Dokter di RSUD kabupaten {place} sering datang terlambat, pasien poli menunggu berjam-jam.",
            "Angka stunting di {desa} {place} tinggi tapi program PMT dari posyandu tidak jalan.",
            "Saya diminta bayar {rp} untuk surat keterangan sehat di puskesmas {kec}, tanpa kwitansi.",
            "Toilet dan ruang tunggu Puskesmas {kec} kotor sekali, tidak layak untuk fasilitas kesehatan.",
            "Nakes honorer di Puskesmas {kec} {place} belum menerima insentif {lama}.",
            "Ada {n} warga {desa} terkena diare setelah banjir, tolong tim kesehatan turun. {place}",
            "pelayanan igd rsud {place} lambat bgt, pasien kecelakaan dibiarkan di kursi roda lebih dari 1 jam",
            "Fogging di {lokasi} hanya dilakukan di rumah pejabat RT, rumah kami tidak disemprot padahal ada kasus DBD.",
            "Posyandu lansia di {desa} {place} tidak pernah ada lagi sejak {thn}.",
            "Tenaga kesehatan di Puskesmas {kec} meminta uang tambahan untuk persalinan {rp}.",
            "Pasien gangguan jiwa di {desa} {place} dipasung keluarga, mohon ada penanganan medis dari dinas kesehatan.",
            "Antrian online RSUD {place} tidak berfungsi, tetap harus datang subuh ambil nomor.",
            "Hasil lab di Puskesmas {kec} baru keluar {lama}, pasien TBC terlambat diobati.",
            "Mobil puskesmas keliling di {place} dipakai untuk keperluan pribadi pegawai.",
            "RSUD {place} kekurangan dokter spesialis anak, anak saya harus dirujuk ke kota lain.",
            "Kenapa jam layanan puskesmas {kec} hanya sampai jam 11 siang? warga yang kerja tidak bisa berobat.",
            "Banyak jentik nyamuk di genangan {desa}, {place}, tolong ada PSN dan abatisasi.",
            "Kasus campak muncul di {desa} {place}, apakah ada imunisasi kejar?",
            "Pelayanan persalinan di RSUD {place} buruk, istri saya ditinggal sendiri di ruang bersalin.",
            "Makanan pasien di RSUD {place} basi dan porsinya sangat sedikit.",
            "Petugas Puskesmas {kec} {place} merokok di area pelayanan.",
            "Sudah {lama} lampu dan AC ruang rawat inap RSUD {place} rusak, pasien kepanasan.",
            "Dokter puskesmas {kec} lebih sering praktik di klinik pribadinya pada jam kerja.",
        ],
        extras=[
            "Kami warga kecil hanya mengandalkan puskesmas.",
            "Mohon dinas kesehatan evaluasi pelayanannya.",
            "Anak saya baru umur {n} tahun.",
            "Sudah ada yang dirawat di rumah sakit.",
            "Pasien yang datang kebanyakan lansia.",
            "Kejadiannya {tgl}.",
        ],
        wrong=["Mohon Kementerian Kesehatan tegur.", "Tolong BPJS tindak lanjuti.", "Mohon Dinkes provinsi periksa."],
    )
)

AFFAIRS.append(
    Affair(
        "adminduk",
        KABKOTA,
        "disdukcapil",
        "kependudukan",
        72,
        cores=[
            "Sudah rekam KTP-el sejak {bln} {thn} di {place} tapi sampai sekarang belum dicetak, katanya blanko habis.",
            "Urus KK di Disdukcapil {place} ribet sekali, bolak-balik {n} kali masih disuruh lengkapi berkas.",
            "Ada calo di kantor dukcapil {place} yang menawarkan KTP jadi sehari dengan bayar {rp}.",
            "Akta kelahiran anak saya salah penulisan nama ayah, minta perbaikan disuruh menunggu {lama}. {place}",
            "NIK saya tidak terdaftar/tidak sinkron sehingga tidak bisa daftar BPJS dan bank. Domisili {place}.",
            "Pengurusan surat pindah domisili dari {place} ke luar provinsi sudah {lama} belum selesai.",
            "Antrian di disdukcapil {place} harus datang jam 5 pagi, nomor antrian dibatasi {n}0 orang.",
            "Aplikasi online adminduk {place} error terus, tidak bisa unggah berkas.",
            "Petugas kecamatan {kec} meminta uang {rp} untuk mengurus KK baru, katanya biaya administrasi. {place}",
            "NIK ganda, data saya dipakai orang lain di kabupaten lain. Saya warga {place}.",
            "Akta kematian ayah saya belum jadi padahal sudah diurus {lama}, diperlukan untuk urus warisan. {place}",
            "KIA untuk anak di {place} katanya gratis tapi di kelurahan diminta bayar.",
            "ktp sy hilang, mau urus ulang di capil {place} tapi disuruh bawa surat kehilangan dari polisi dulu, ribet",
            "Pelayanan perekaman KTP untuk lansia dan disabilitas di {place} tidak ada jemput bola, ibu saya tidak bisa jalan.",
            "Status perkawinan di KK saya masih belum kawin padahal sudah menikah {n} tahun. Mohon dibantu. {place}",
            "Server dukcapil {place} down terus sejak {tgl}, warga pulang dengan tangan hampa.",
            "KTP elektronik saya rusak chipnya, minta cetak ulang ditolak karena blanko kosong. {lokasi}",
            "Pegawai disdukcapil {place} sering istirahat lebih lama, loket tutup jam 11 padahal antrian panjang.",
            "Kartu keluarga saya dicetak dengan nama anak salah eja, sudah minta perbaikan {n} kali. {place}",
            "Perubahan alamat di KTP dari {kec} ke kecamatan lain di {place} butuh waktu lama sekali.",
            "Sudah daftar akta kelahiran online di {place}, status diproses terus selama {lama}.",
            "Anak saya umur 17 tahun belum bisa rekam KTP karena alat di kecamatan {kec} rusak.",
            "Data kependudukan bapak saya yang sudah meninggal masih aktif, tidak bisa urus ahli waris. {place}",
            "Tolong dukcapil buka layanan sabtu, warga yang kerja tidak bisa datang hari kerja. {place}",
            "Pegawai capil {place} minta uang rokok {rp} supaya akta cepat jadi.",
            "Cetak KTP di mall pelayanan publik {place} katanya cuma bisa untuk {n}0 orang per hari.",
            "Saya pendatang di {place}, mau buat KTP disuruh urus surat pindah dulu ke daerah asal yang jauh sekali.",
            "Identitas kependudukan digital (IKD) tidak bisa aktivasi di {place}, petugas juga tidak paham.",
            "E-KTP anak saya tertukar dengan milik orang lain waktu pengambilan di kecamatan {kec} {place}.",
            "Sudah {lama} menunggu KK baru setelah pisah KK, blanko katanya kosong. {lokasi}",
            "Penerbitan akta perceraian sudah ada putusan pengadilan tapi dukcapil {place} belum mengubah status di KK.",
            "Kenapa buat akta kelahiran untuk anak usia di atas 1 tahun di {place} dipersulit?",
            "Kolom agama di KTP saya salah, waktu minta perbaikan di capil {place} disuruh kembali bulan depan.",
        ],
        extras=[
            "Padahal KTP dibutuhkan untuk melamar kerja.",
            "Sudah ada resi perekaman dari tahun lalu.",
            "Mohon pelayanan adminduk dipermudah.",
            "Saya sampai izin kerja berkali-kali.",
            "Katanya layanan adminduk gratis, tapi kenyataannya begini.",
            "Berkas lengkap sudah saya serahkan semua.",
        ],
        wrong=[
            "Mohon Kemendagri tindak lanjuti.",
            "Saya sudah ke kantor polisi tapi katanya bukan urusan mereka.",
            "Tolong Dirjen Dukcapil pusat bantu.",
            "Mohon pak camat perhatikan.",
        ],  # fmt: skip
    )
)

AFFAIRS.append(
    Affair(
        "lingkungan-kabkota",
        KABKOTA,
        "dlh",
        "lingkungan-hidup-dan-kehutanan",
        62,
        cores=[
            "Sampah di TPS {jl} {place} tidak diangkut sudah {lama}, baunya sampai ke rumah warga.",
            "Truk sampah tidak pernah datang ke {desa} {place}, warga terpaksa bakar sampah.",
            "Ada pabrik di {lokasi} yang membuang limbah ke sungai, airnya hitam dan ikan mati.",
            "Asap pabrik di {desa} {place} sangat pekat tiap malam, warga banyak yang batuk dan sesak.",
            "Pembakaran sampah di lahan kosong {jl} {place} tiap sore, asapnya masuk rumah.",
            "TPA di {kec} {place} sudah penuh dan longsor, air lindinya mencemari sumur warga.",
            "Bau busuk dari peternakan ayam di {desa} {place}, warga tidak tahan.",
            "Sungai di {desa} {place} tercemar limbah tahu dan baunya menyengat.",
            "Pohon besar di {jl} {place} sudah keropos dan miring, khawatir tumbang ke rumah.",
            "Penebangan pohon peneduh di {jl} {place} tanpa alasan jelas.",
            "Taman kota di {place} kotor dan tidak terawat, lampunya mati dan rumput tinggi.",
            "Bak sampah di {rt} {desa} rusak dan sampah berserakan dimakan anjing. {place}",
            "Kebisingan mesin pabrik di {lokasi} 24 jam nonstop, warga tidak bisa tidur.",
            "Limbah B3 dari bengkel di {jl} {place} dibuang sembarangan ke selokan.",
            "Petugas kebersihan di {place} minta iuran sampah {rp} padahal sudah bayar retribusi.",
            "Sampah menumpuk di pinggir sungai {desa} {place}, kalau hujan jadi penyebab banjir.",
            "Pohon tumbang di {jl} {place} sejak {tgl} belum dievakuasi, menutup separuh jalan.",
            "Debu dari pabrik semen di {lokasi} menempel di atap dan jemuran warga.",
            "Polusi udara dari stockpile batubara di {desa} {place} membuat anak-anak ISPA.",
            "sampah di pasar {kec} menggunung, bau bgt, lalat dmn2. {place}",
            "Ada tempat pembuangan sampah liar di lahan kosong dekat {sd} {place}.",
            "Pengangkutan sampah rumah tangga di perumahan kami {lokasi} cuma seminggu sekali.",
            "Limbah rumah sakit swasta di {place} dibuang ke TPS umum, ada jarum suntik berserakan.",
            "Air sumur warga {desa} {place} berubah warna sejak ada pabrik tekstil di dekatnya.",
            "Pengolahan limbah di kawasan industri {kec} {place} tidak jalan, saluran irigasi tercemar.",
            "Suara dari usaha pemotongan kayu di {rt} {desa} bising sejak subuh. {place}",
            "Truk sampah DLH {place} bocor air lindinya di sepanjang {jl}, baunya minta ampun.",
            "TPS3R di {desa} {place} dibangun tapi tidak pernah beroperasi.",
            "Pohon di depan rumah saya di {lokasi} rantingnya sudah menyentuh kabel, mohon dipangkas.",
            "Kali di {desa} penuh eceng gondok dan sampah plastik, airnya tidak mengalir. {place}",
            "Sampah kiriman menumpuk di pantai {kec} {place}, wisatawan mengeluh.",
        ],
        extras=[
            "Anak-anak di sekitar sini banyak yang sakit.",
            "Mohon dicek izin lingkungannya.",
            "Sudah dilaporkan ke kelurahan tapi tidak ditanggapi.",
            "Warga sudah tidak tahan dengan baunya.",
            "Mohon dinas lingkungan hidup turun mengambil sampel.",
            "Kondisi terparah terjadi malam hari.",
        ],
        wrong=["Mohon KLHK pusat tindak.", "Tolong Dinas PU angkut sampahnya.", "Satpol PP harus bertindak."],
    )
)

AFFAIRS.append(
    Affair(
        "perhubungan-kabkota",
        KABKOTA,
        "dishub",
        "perhubungan",
        46,
        cores=[
            "Parkir liar di {jl} {place} bikin macet tiap sore, jukir minta {rp} seenaknya.",
            "Lampu lalu lintas di perempatan {jl} {place} mati sudah {lama}, rawan tabrakan.",
            "Lampu jalan (PJU) di {jl} {lokasi} mati semua, jalan gelap dan rawan begal.",
            "Angkot di {place} sering ngetem sembarangan dan menurunkan penumpang di tengah jalan.",
            "Juru parkir di minimarket {jl} {place} memaksa bayar padahal ada tulisan parkir gratis.",
            "Rambu lalu lintas di tikungan {desa} {place} hilang, sudah ada kecelakaan.",
            "Halte bus di {jl} {place} rusak dan dipakai berjualan, penumpang kepanasan.",
            "Uji KIR di {place} ada pungutan di luar tarif resmi {rp}.",
            "Truk ODOL lewat jalan kota {place} tiap malam, jalan cepat rusak.",
            "Tarif parkir di kawasan pasar {kec} {place} tidak sesuai perda, ditarik {rp} untuk motor.",
            "Zebra cross di depan {sd} {place} sudah pudar, anak-anak susah menyeberang.",
            "Trayek angkot ke {desa} {place} sudah tidak ada, warga harus naik ojek mahal.",
            "PJU di {lokasi} nyala siang hari dan mati malam hari, pemborosan.",
            "Terminal {kec} {place} kumuh, banyak calo dan pungli ke penumpang.",
            "lampu merah di simpang {jl} {place} durasinya kelamaan, macet parah",
            "Bus kota di {place} armadanya sudah tua dan berasap hitam.",
            "Parkir di bahu {jl} {place} dipakai untuk showroom mobil, jalan menyempit.",
            "Sudah {lama} tiang lampu jalan di {jl} {place} miring mau roboh.",
            "Minta dipasang lampu penerangan jalan di jalan menuju {desa} {place}, gelap gulita.",
            "Petugas dishub {place} menarik uang dari sopir angkutan barang tanpa karcis.",
            "Traffic light di {jl} {place} hijaunya cuma 10 detik, kendaraan menumpuk.",
            "Marka jalan dan pita penggaduh di turunan {desa} {place} tidak ada, sering kecelakaan.",
            "Parkir berlangganan sudah dibayar saat pajak tapi di {place} jukir tetap menarik uang.",
        ],
        extras=[
            "Kalau malam sangat gelap dan rawan kejahatan.",
            "Mohon ditertibkan.",
            "Sudah sering terjadi kecelakaan di titik ini.",
            "Karcis parkir tidak pernah diberikan.",
            "Mohon dipasang rambu.",
        ],
        wrong=["Mohon PLN perbaiki lampunya.", "Polisi harusnya tertibkan.", "Tolong Kemenhub turun tangan."],
    )
)

AFFAIRS.append(
    Affair(
        "sosial-kabkota",
        KABKOTA,
        "dinsos",
        "sosial-dan-kesejahteraan",
        42,
        cores=[
            "Kami keluarga tidak mampu di {desa} {place} tapi tidak terdaftar di DTKS, padahal tetangga yang mampu masuk.",
            "Bantuan sosial dari pemda {place} tidak tepat sasaran, yang dapat malah keluarga perangkat desa.",
            "Ada ODGJ berkeliaran di {jl} {place} dan mengamuk, mohon dievakuasi ke panti.",
            "Banyak pengemis dan anak jalanan di perempatan {jl} {place}, ada yang membawa bayi.",
            "Mengajukan SKTM untuk berobat di {place} dipersulit, disuruh bolak balik.",
            "BLT dari kabupaten untuk warga {desa} {place} dipotong {rp} oleh oknum.",
            "Ada lansia sebatang kara di {rt} {desa} {place} hidup di gubuk reyot, mohon dibantu.",
            "Usulan rutilahu untuk rumah saya di {desa} {place} sudah {n} tahun tidak ada kabar.",
            "Data DTKS di {place} tidak pernah diperbarui, orang yang sudah meninggal masih terdaftar.",
            "Panti asuhan di {kec} {place} kondisinya memprihatinkan, anak-anak kurang makan.",
            "Gelandangan tidur di emperan toko {jl} {place}, tolong dinas sosial tangani.",
            "Bantuan sembako dari pemkot {place} saat banjir tidak sampai ke {desa}.",
            "Saya penyandang disabilitas di {place}, sudah daftar bantuan alat bantu tapi tidak ada respon.",
            "Keluarga saya dikeluarkan dari data penerima bantuan sosial tanpa pemberitahuan. {place}",
            "Ada orang terlantar di terminal {kec} {place} sudah berhari-hari, tidak ada yang mengurus.",
            "pendataan dtks di {desa} cuma dtg ke rumah keluarga pak rt, yg miskin gak didata. {place}",
            "Program bedah rumah di {desa} {place} pilih kasih, rumah yang masih bagus malah dibedah.",
            "Anak jalanan di {place} dipekerjakan orang dewasa untuk mengamen, mohon ditindak.",
            "Usulan masuk DTKS lewat desa di {place} sudah {lama} tidak diverifikasi dinas sosial.",
            "Bantuan untuk korban kebakaran di {desa} {place} belum turun padahal sudah {lama}.",
        ],
        extras=[
            "Kami sangat membutuhkan bantuan.",
            "Suami saya sakit dan tidak bekerja.",
            "Mohon didata ulang secara adil.",
            "Saya punya anak {n} orang yang masih sekolah.",
        ],
        wrong=["Mohon Kemensos tindak lanjuti.", "Tolong pendamping PKH bantu.", "Mohon Pak Presiden perhatikan."],
    )
)

AFFAIRS.append(
    Affair(
        "ketertiban",
        KABKOTA,
        "satpolpp",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        42,
        cores=[
            "PKL berjualan di trotoar {jl} {place}, pejalan kaki terpaksa turun ke jalan.",
            "Tempat hiburan malam di {lokasi} buka sampai subuh dan berisik, mengganggu warga.",
            "Penjualan miras bebas di warung dekat {sd} {place}.",
            "Bangunan liar berdiri di bantaran sungai {desa} {place}, mohon ditertibkan.",
            "Karaoke di {jl} {place} diduga menyediakan pemandu lagu di bawah umur.",
            "Balap liar tiap malam minggu di {jl} {place}, knalpot brong sampai jam 3 pagi.",
            "Reklame dan spanduk liar dipasang di pohon dan tiang listrik sepanjang {jl} {place}.",
            "Lapak liar pedagang di depan pasar {kec} {place} membuat macet total.",
            "Kos-kosan di {rt} {desa} {place} dipakai untuk kegiatan tidak senonoh, warga resah.",
            "Peredaran tuak di {desa} {place} bikin pemuda mabuk dan berkelahi tiap malam.",
            "Perda larangan PKL di {place} tidak ditegakkan, setelah razia mereka balik lagi.",
            "warung remang remang di pinggir {jl} {place} buka 24 jam, banyak miras",
            "Pedagang kaki lima menutup akses masuk gang kami di {lokasi}.",
            "Ada bangunan semi permanen di atas trotoar {jl} {place}, dipakai bengkel.",
            "Tempat biliar di {lokasi} jadi tempat nongkrong anak sekolah saat jam belajar.",
            "Pengamen dan manusia silver di lampu merah {jl} {place} memaksa minta uang.",
            "Penjual hewan kurban menggunakan badan jalan {jl} {place}, kotorannya dibiarkan.",
            "Pesta musik di {desa} {place} sampai jam 3 pagi dengan sound system besar, tiap minggu.",
            "Spanduk iklan pinjaman menutupi rambu di {jl} {place}.",
            "Kafe di {lokasi} menjual minuman keras tanpa izin dan buka lewat jam operasional.",
        ],
        extras=[
            "Sudah pernah ditegur warga tapi malah menantang.",
            "Mohon Satpol PP rutin patroli.",
            "Kami khawatir anak-anak terpengaruh.",
            "Terjadi hampir setiap malam.",
        ],
        wrong=["Mohon Polda tindak.", "Dishub harus tertibkan.", "Tolong Kemendagri tegur pemdanya."],
    )
)

AFFAIRS.append(
    Affair(
        "jalan-provinsi",
        PROVINSI,
        "pupr",
        "pekerjaan-umum-dan-penataan-ruang",
        36,
        regions=NOT_DKI,
        cores=[
            "Jalan provinsi ruas {kec} - ibukota kabupaten di {place} rusak parah dan berlubang, sudah {lama}.",
            "Ruas jalan provinsi di {lokasi} amblas sepanjang {n}0 meter, kendaraan harus bergantian lewat.",
            "Jembatan provinsi yang menghubungkan {kec} dengan kabupaten sebelah retak, truk tetap dibiarkan lewat. {place}",
            "Jalan status provinsi di {place} ini kapan diperbaiki? Tiap tahun cuma ditambal.",
            "Jalan provinsi di depan {sma} {place} penuh lubang, siswa sering jatuh dari motor.",
            "Saya dengar jalan {jl} di {place} itu jalan provinsi, jadi pemkot tidak bisa memperbaiki. Mohon pemprov {prov} segera bertindak.",
            "Longsor menutup jalan provinsi di {lokasi} sejak {tgl}, alat berat belum datang.",
            "Drainase di sisi jalan provinsi {jl} {place} tidak ada, air hujan menggerus aspal.",
            "Proyek pelebaran jalan provinsi di {place} {prov} berhenti di tengah jalan, debu dan lumpur tiap hari.",
            "jln provinsi dr {kec} ke arah perbatasan kabupaten rusak berat, banyak truk sawit lewat. {place}",
            "Ruas jalan provinsi di {place} gelap dan berlubang, sudah {n} orang meninggal kecelakaan tahun ini.",
            "Tolong dinas PU provinsi {prov} perhatikan jalan di {lokasi}, itu jalan provinsi bukan jalan kabupaten.",
            "Pengaspalan jalan provinsi di {place} baru selesai {bln} kemarin, sekarang sudah bergelombang.",
            "Jembatan provinsi di {desa} {place} oprit-nya ambles, beda tinggi sampai {n}0 cm.",
            "JALAN PROVINSI DI {place} RUSAK!!! Pemprov {prov} tolong jangan tutup mata.",
            "Bahu jalan provinsi di {lokasi} tergerus, aspal menggantung, sangat berbahaya untuk motor.",
            "Status jalan di {jl} {place} katanya sudah naik jadi jalan provinsi, tapi sejak itu tidak pernah diperbaiki siapapun.",
            "Jalan penghubung antar kabupaten di {place} yang berstatus jalan provinsi berlumpur seperti sawah.",
        ],
        extras=[
            "Jalan ini jalur utama angkutan hasil bumi.",
            "Warga sudah menanam pohon pisang di lubang jalan sebagai protes.",
            "Kami sudah lapor ke kabupaten tapi katanya kewenangan provinsi.",
            "Panjang kerusakan sekitar {n} km.",
        ],
        wrong=["Mohon Kementerian PU segera perbaiki.", "Tolong bupati bertindak.", "Pak wali kota tolong perbaiki."],
        forced=SAME_PLACE + SAME_NAME[:8],
    )
)

AFFAIRS.append(
    Affair(
        "kesehatan-provinsi",
        PROVINSI,
        "dinkes",
        "kesehatan",
        20,
        cores=[
            "Pelayanan di RSUD provinsi {prov} sangat buruk, pasien rujukan dari {place} ditelantarkan di IGD.",
            "Rumah sakit jiwa provinsi {prov} menolak pasien ODGJ dari {place} karena kamar penuh.",
            "Antrian poli di rumah sakit umum daerah provinsi di {place} bisa seharian, dokter datang siang.",
            "RSUD milik Pemprov {prov} meminta uang jaminan {rpbig} sebelum pasien dirawat.",
            "Kamar mandi dan ruang rawat kelas 3 RSUD provinsi {prov} kotor dan bau.",
            "Keluarga kami dirujuk dari RSUD {place} ke rumah sakit provinsi, tapi di sana disuruh pulang karena alat rusak.",
            "Rumah sakit provinsi di {place} kekurangan perawat, pasien ditangani oleh mahasiswa praktik.",
            "Dokter spesialis di RSUD provinsi {prov} jarang visit, pasien sudah {n} hari tidak diperiksa.",
            "Parkir di rumah sakit provinsi {prov} mahal sekali, keluarga pasien rawat inap bayar {rp} per hari.",
            "rs provinsi {prov} di {place} pelayanannya lambat bgt, hasil CT scan ditunggu {lama}",
            "Pasien cuci darah di RSUD provinsi {prov} harus antri jadwal, banyak yang terlambat cuci darah.",
            "Petugas farmasi RSUD provinsi di {place} menyuruh keluarga pasien beli obat di luar.",
        ],
        extras=["Kami dari daerah jauh, sudah keluar banyak biaya.", "Mohon Dinas Kesehatan Provinsi evaluasi."],
        wrong=["Mohon Dinkes kabupaten tegur.", "Tolong Kemenkes turun.", "BPJS tolong cek."],
    )
)

AFFAIRS.append(
    Affair(
        "pajak-kendaraan",
        PROVINSI,
        "",
        "ekonomi-dan-keuangan",
        24,
        regions=NOT_DKI + ["31.71", "31.74", "31.75"],
        cores=[
            "Bayar pajak motor di samsat {place} dipungut biaya tambahan {rp} tanpa kwitansi.",
            "Program pemutihan pajak kendaraan di {prov} tidak jelas, denda saya tetap ditagih.",
            "Sudah bayar pajak mobil lewat aplikasi samsat online {prov} tapi STNK belum disahkan, status pending.",
            "Balik nama kendaraan (BBNKB) di {place} mahal dan prosesnya lama sekali.",
            "Pajak kendaraan bermotor saya di {prov} naik tanpa pemberitahuan, dari {rp} jadi lebih mahal.",
            "Samsat keliling di {place} tidak pernah datang sesuai jadwal yang diumumkan.",
            "Kenapa pajak motor plat luar {prov} harus dimutasi dulu, prosesnya ribet dan mahal?",
            "Saya bayar PKB di gerai samsat {kec} {place}, ternyata notanya tidak tercatat di sistem.",
            "Denda pajak kendaraan dihitung dua kali padahal saya telat cuma {n} bulan. {place}",
            "Mohon pemprov {prov} perpanjang program bebas denda pajak kendaraan, ekonomi warga sedang susah.",
            "Opsen pajak kendaraan {thn} di {prov} membuat pajak motor saya naik, tidak ada sosialisasi.",
            "pajak mobil di {prov} kok mahal bgt, padahal jalannya rusak semua",
            "Pembayaran pajak kendaraan lewat e-samsat {prov} gagal tapi uang terpotong {rp}.",
        ],
        extras=["Nomor polisi kendaraan saya ada, bisa dicek.", "Antrian di kantor samsat sangat panjang."],
        wrong=["Mohon Polri tertibkan.", "Tolong kantor pajak pusat cek.", "Mohon bupati bantu."],
    )
)

AFFAIRS.append(
    Affair(
        "pemerintah-provinsi",
        PROVINSI,
        "",
        "topik-lainnya",
        12,
        regions=NOT_DKI,
        cores=[
            "Pak gubernur {prov}, janji kampanye perbaikan layanan publik di {place} belum ada yang terealisasi.",
            "Kapal penyeberangan milik pemerintah provinsi {prov} ke {kec} sering batal berangkat tanpa pemberitahuan.",
            "Surat saya ke kantor gubernur {prov} sejak {bln} tidak pernah dibalas.",
            "Beasiswa dari pemerintah provinsi {prov} untuk mahasiswa asal {place} belum cair {lama}.",
            "Pelabuhan provinsi di {place} kumuh dan tidak ada ruang tunggu yang layak.",
            "Bantuan keuangan provinsi untuk desa kami di {place} tidak jelas kemana, mohon gubernur {prov} cek.",
            "Mohon Pemprov {prov} memperhatikan nasib guru honorer yang digaji provinsi, sudah {lama} belum terima.",
            "Rumah dinas gubernur {prov} direnovasi mewah sementara jalan di {place} rusak.",
        ],
        extras=["Kami minta penjelasan resmi.", "Semoga pak gubernur baca langsung."],
    )
)

AFFAIRS.append(
    Affair(
        "pajak-daerah",
        KABKOTA,
        "",
        "ekonomi-dan-keuangan",
        21,
        cores=[
            "Tagihan PBB rumah saya di {lokasi} naik hampir {n} kali lipat tahun ini tanpa penjelasan.",
            "SPPT PBB tahun {thn} belum dibagikan di {desa} {place}, tapi sudah ada tagihan denda.",
            "Pengurusan BPHTB di {place} lama, sudah {lama} validasi belum keluar.",
            "Ada retribusi pasar liar yang ditarik oknum di pasar {kec} {place} {rp} per hari.",
            "PBB tanah saya di {place} ditagih ganda, nama di SPPT juga salah.",
            "Pajak restoran 10 persen di {place} ditarik dari pembeli tapi struknya bukan dari sistem pemda.",
            "Kenaikan NJOP di {place} tidak masuk akal, warga kecil keberatan bayar PBB.",
            "Kolektor PBB di {desa} {place} menagih tapi tidak menyetor, tahun lalu kami dianggap menunggak.",
            "Retribusi sampah di {place} ikut ditagih di rekening PDAM tanpa persetujuan.",
            "Mohon pemkot {place} beri keringanan PBB untuk pensiunan, tagihan {rpmid}.",
            "Pemkab {place} menarik retribusi izin usaha mikro padahal katanya gratis.",
            "Bayar pbb online di {place} gagal terus, padahal jatuh tempo tinggal {n} hari.",
        ],
        extras=["Mohon bapenda melakukan peninjauan.", "Kami siap bayar asal nilainya wajar."],
        wrong=["Mohon kantor pajak pratama cek.", "Tolong Kemenkeu tegur.", "Mohon BPN ukur ulang."],
    )
)

AFFAIRS.append(
    Affair(
        "ketenagakerjaan",
        KABKOTA,
        "",
        "ketenagakerjaan",
        26,
        cores=[
            "Perusahaan tempat saya kerja di {lokasi} belum membayar gaji {lama}.",
            "Saya di-PHK sepihak oleh pabrik di {place} tanpa pesangon setelah kerja {n} tahun.",
            "THR tahun ini tidak dibayar oleh perusahaan garmen di {place}, padahal sudah lebaran.",
            "Upah di toko tempat saya kerja di {place} jauh di bawah UMK, cuma {rpmid} sebulan.",
            "Karyawan kontrak di perusahaan outsourcing {place} diperpanjang terus tanpa kejelasan status.",
            "Lembur tidak dibayar di pabrik {kec} {place}, kerja sampai 12 jam sehari.",
            "Buruh sawit di {place} tidak diberi APD dan gajinya dipotong kalau target tidak tercapai.",
            "Perusahaan di {place} menahan ijazah asli karyawan, tidak dikembalikan saat resign.",
            "Saya hamil lalu diberhentikan dari pekerjaan di {place}, katanya kontrak tidak diperpanjang.",
            "Mediasi hubungan industrial di disnaker {place} sudah {n} kali tapi perusahaan tidak pernah hadir.",
            "thr dicicil {n} kali sama perusahaan di {place}, apa boleh begitu?",
            "Pekerja di pabrik {lokasi} diwajibkan masuk saat tanggal merah tanpa upah lembur.",
            "Pesangon saya dipotong setengah oleh perusahaan di {place} dengan alasan perusahaan rugi.",
        ],
        extras=[
            "Ada sekitar {n}0 karyawan yang mengalami hal yang sama.",
            "Mohon dinas tenaga kerja memanggil perusahaan.",
        ],
        wrong=["Mohon Kemnaker tindak.", "Tolong BPJS Ketenagakerjaan bantu.", "Mohon polisi tangkap pemiliknya."],
    )
)

AFFAIRS.append(
    Affair(
        "pengawasan-daerah",
        KABKOTA,
        "inspektorat",
        "politik-dan-hukum",
        36,
        cores=[
            "Kepala desa {desa} {place} diduga menyelewengkan dana desa, proyek jalan desa fiktif.",
            "Ada pungli di kantor kelurahan {desa} {place}, bikin surat keterangan dimintai {rp}.",
            "Penggunaan dana desa di {desa} {place} tidak transparan, papan informasi APBDes tidak pernah dipasang.",
            "Oknum ASN di dinas {place} sering bolos dan hanya datang absen lalu pergi.",
            "Perangkat desa {desa} {place} meminta uang {rp} untuk tanda tangan surat jual beli tanah.",
            "PNS di kecamatan {kec} {place} ikut kampanye salah satu calon, tidak netral.",
            "Proyek pengadaan di dinas {place} diduga mark up, harga laptop {rpbig} per unit.",
            "Seleksi perangkat desa di {desa} {place} diduga ada suap, yang lolos keluarga kades.",
            "Pegawai honorer di pemda {place} diminta setor {rp} tiap bulan ke atasannya supaya kontrak diperpanjang.",
            "Dana BUMDes {desa} {place} tidak jelas, unit usahanya tidak pernah jalan.",
            "Kepala dinas di {place} memakai mobil dinas untuk mudik keluarga.",
            "Sekdes {desa} {place} jarang di kantor, pelayanan surat-menyurat terbengkalai.",
            "ada gratifikasi dalam rekrutmen PPPK di {place}, yang bayar {rpbig} bisa lolos",
            "Bantuan alat pertanian dari dana desa di {desa} {place} dikuasai keluarga kepala desa.",
            "Oknum pegawai kantor camat {kec} {place} meminta fee untuk pencairan dana RT.",
            "Kades {desa} {place} menyewakan tanah kas desa untuk kepentingan pribadi.",
            "Laporan pertanggungjawaban dana desa {desa} {place} {thn} penuh kuitansi fiktif.",
            "ASN di {place} berjualan online saat jam kerja dan menyuruh honorer absen untuknya.",
            "Pembangunan gedung serbaguna desa {desa} {place} pakai dana desa {rpbig} tapi bangunannya asal jadi.",
        ],
        extras=[
            "Kami punya bukti foto dan rekaman.",
            "Mohon inspektorat melakukan audit.",
            "Nama saya mohon dirahasiakan.",
        ],
        wrong=["Mohon KPK tangkap.", "Tolong Kejaksaan periksa.", "Mohon Kemendes awasi."],
    )
)

AFFAIRS.append(
    Affair(
        "pelayanan-umum-daerah",
        KABKOTA,
        "",
        "topik-lainnya",
        30,
        cores=[
            "Pelayanan di kantor kelurahan {desa} {place} lambat, lurahnya jarang di tempat.",
            "Urus izin usaha di DPMPTSP {place} sudah {lama} tidak selesai, sistem OSS katanya error.",
            "Pasar tradisional {kec} {place} becek, atapnya bocor, dan kiosnya tidak layak.",
            "Biaya pemakaman di TPU {place} mahal, ditarik {rp} oleh pengelola tanpa karcis.",
            "Camat {kec} {place} tidak pernah menanggapi surat warga soal sengketa batas RT.",
            "Surat keterangan domisili di {desa} {place} diminta bayar {rp} oleh ketua RT.",
            "Pembangunan pasar baru di {place} mangkrak, pedagang dipindah ke tempat sementara yang panas.",
            "Kantor desa {desa} {place} sering tutup di jam kerja.",
            "Perizinan PIRT dan NIB di mall pelayanan publik {place} prosesnya dilempar-lempar antar loket.",
            "Lahan TPU di {desa} {place} sudah penuh, warga bingung mau memakamkan di mana.",
            "Pak bupati, tolong lihat kantor kecamatan {kec}, pelayanannya buruk sekali.",
            "Wali kota {place} janji revitalisasi pasar tapi sampai sekarang pedagang masih jualan di jalan.",
            "Pemilihan ketua RW di {desa} {place} tidak adil, lurah ikut campur.",
            "Retribusi kios pasar {kec} {place} naik padahal pasar sepi dan fasilitas rusak.",
            "lurah {desa} {place} minta uang buat tanda tangan surat ahli waris",
        ],
        extras=["Mohon pemerintah daerah mengevaluasi.", "Kami sudah bolak balik {n} kali."],
        wrong=["Mohon Kemendagri turun tangan.", "Tolong gubernur tegur."],
    )
)

AFFAIRS += [
    Affair(
        "listrik",
        PUSAT,
        "pln",
        "energi-dan-sumber-daya-alam",
        24,
        cores=[
            "Listrik di {lokasi} padam hampir setiap hari, bisa 3-4 jam tanpa pemberitahuan.",
            "Beli token listrik {rp} tapi kode tidak masuk ke meteran, CS PLN bilang tunggu 3x24 jam.",
            "Tagihan listrik bulan {bln} melonjak jadi {rpmid} padahal pemakaian sama seperti biasa.",
            "Tiang listrik di depan rumah saya di {jl} {place} miring dan kabelnya menjuntai rendah.",
            "Sudah daftar pasang baru listrik sejak {bln}, sudah bayar tapi belum juga disambung.",
            "Kabel listrik PLN di {desa} {place} terkelupas dan menyentuh pohon, kalau hujan keluar percikan api.",
            "Mati lampu lagi di {place}!! Sudah {n} kali minggu ini, alat elektronik warga banyak yang rusak.",
            "Trafo di {rt} {desa} {place} sering meledak dan listrik padam semalaman.",
            "Desa kami {desa} di {place} belum teraliri listrik sama sekali, masih pakai genset.",
            "Petugas P2TL datang ke rumah dan menuduh meteran saya dibongkar, lalu minta denda {rpmid}.",
            "Pemadaman bergilir di {place} tidak sesuai jadwal yang diumumkan PLN.",
            "Meteran listrik prabayar saya error, muncul tulisan periksa, listrik tidak bisa dipakai sejak {tgl}.",
            "pln tolong lah listrik di {kec} tiap hujan dikit langsung padam",
            "Lampu di rumah kami di {lokasi} redup-nyala, tegangan tidak stabil sejak {lama}.",
            "Permohonan tambah daya di {place} sudah dibayar tapi petugas minta uang tambahan {rp} untuk pemasangan.",
            "Gardu listrik di dekat {sd} {place} pintunya terbuka dan kabelnya terbuka, bahaya untuk anak-anak.",
        ],
        extras=[
            "ID pelanggan saya ada, bisa dicek.",
            "Kulkas dan TV warga rusak karena listrik naik turun.",
            "Kami usaha UMKM rugi besar karena padam terus.",
            "Sudah lapor lewat aplikasi tapi tiket ditutup tanpa perbaikan.",
        ],  # fmt: skip
        wrong=["Mohon Dinas Perhubungan perbaiki.", "Tolong pemda segera tangani.", "Mohon Kementerian ESDM cek."],
    ),
    Affair(
        "bpjs-kesehatan",
        PUSAT,
        "bpjs-kesehatan",
        "kesehatan",
        18,
        cores=[
            "Kartu BPJS Kesehatan saya tiba-tiba nonaktif padahal iuran rutin dibayar.",
            "Status PBI saya dinonaktifkan tanpa pemberitahuan, saat berobat di {place} disuruh bayar umum.",
            "Rumah sakit di {place} menolak pasien BPJS dengan alasan kuota harian sudah habis.",
            "Denda BPJS saat rawat inap {rpmid} padahal tunggakan saya sudah dilunasi.",
            "Pindah faskes tingkat pertama lewat aplikasi JKN gagal terus sejak {bln}.",
            "Pasien JKN di RS swasta {place} disuruh beli obat sendiri, katanya tidak ditanggung.",
            "Rujukan BPJS hanya berlaku {n} bulan, harus bolak-balik ke puskesmas untuk perpanjang, ribet untuk lansia.",
            "Iuran BPJS mandiri kelas 3 keluarga saya menumpuk, mohon ada program keringanan.",
            "KIS anak saya tidak bisa dipakai karena NIK tidak sinkron, disuruh ke kantor BPJS di {place}.",
            "Antrian di kantor cabang BPJS {place} panjang sekali, satu hari cuma dilayani {n}0 orang.",
            "Peserta BPJS dipaksa pulang dari RS di {place} padahal belum sembuh, katanya plafon habis.",
            "aplikasi mobile jkn error terus gabisa ambil antrean online",
            "Saya sudah berhenti kerja tapi BPJS Kesehatan masih terdaftar di perusahaan lama, tidak bisa pindah ke mandiri.",
        ],
        extras=["Nomor kartu saya ada.", "Saya peserta kelas 3.", "Ibu saya sudah lansia dan sakit jantung."],
        wrong=["Mohon Dinas Kesehatan tindak lanjuti.", "Tolong Kemensos cek data PBI saya.", "Mohon puskesmas bantu."],
    ),
    Affair(
        "pendidikan-tinggi",
        PUSAT,
        "kemdiktisaintek",
        "pendidikan-dan-kebudayaan",
        14,
        cores=[
            "UKT di universitas negeri tempat anak saya kuliah naik drastis jadi {rpmid} per semester.",
            "KIP Kuliah saya belum cair sudah {lama}, kampus bilang masih proses di pusat.",
            "Dosen pembimbing skripsi saya tidak pernah bisa ditemui, sudah {n} semester tertunda.",
            "Ijazah saya dari kampus swasta di {place} ditahan karena kampusnya bermasalah izinnya.",
            "Politeknik di {place} memungut biaya wisuda {rp} di luar UKT.",
            "Ada dugaan jual beli nilai oleh oknum dosen di perguruan tinggi di {place}.",
            "Mahasiswa yang menunggak UKT diancam tidak boleh ikut ujian akhir semester.",
            "Kampus swasta di {place} menerima mahasiswa baru padahal prodinya belum terakreditasi.",
            "Rektor kampus kami menolak audiensi mahasiswa soal kenaikan UKT.",
            "Tunjangan kinerja dosen di PTN tempat saya mengajar belum dibayar {lama}.",
            "PDDikti tidak mencatat data saya sebagai lulusan, padahal sudah wisuda tahun {thn}.",
        ],
        extras=["Orang tua saya petani, tidak sanggup bayar.", "Banyak mahasiswa lain mengalami hal sama."],
        wrong=["Mohon Dinas Pendidikan Provinsi bantu.", "Tolong Kemendikdasmen tegur kampusnya."],
    ),
    Affair(
        "pendidikan-agama",
        PUSAT,
        "kemenag",
        "agama",
        14,
        cores=[
            "Madrasah ibtidaiyah di {desa} {place} bangunannya hampir roboh, murid belajar di masjid.",
            "Pengurusan buku nikah di KUA {kec} dikenai biaya {rp} padahal nikah di kantor harusnya gratis.",
            "Tunjangan profesi guru madrasah saya belum cair {lama}.",
            "MTs negeri di {place} memungut uang gedung {rpmid} dari siswa baru.",
            "Penghulu KUA {kec} {place} minta uang transport {rp} untuk nikah di rumah, di atas tarif resmi.",
            "Ada kekerasan terhadap santri di pondok pesantren di {place}, pengasuh menutupinya.",
            "Buku nikah kami salah penulisan tanggal lahir, KUA {kec} bilang harus ke pengadilan agama.",
            "Guru honorer MAN di {place} gajinya di bawah {rp} per bulan.",
            "Sertifikasi halal gratis yang dijanjikan untuk UMKM di {place} tidak pernah diproses.",
            "Pondok pesantren di {kec} {place} tidak punya izin operasional tapi menerima santri ratusan.",
            "pendaftaran nikah di kua {kec} dipersulit, disuruh ulang berkas 3 kali",
        ],
        extras=[
            "Kami mohon Kemenag kabupaten turun memeriksa.",
            "Anak-anak di sini kebanyakan dari keluarga tidak mampu.",
        ],
        wrong=["Mohon Dinas Pendidikan kabupaten bantu.", "Tolong Dinas Pendidikan perbaiki gedungnya."],
    ),
    Affair(
        "haji",
        PUSAT,
        "kemenhaj",
        "agama",
        14,
        cores=[
            "Saya jemaah haji dari {place}, sudah lunas BPIH tapi jadwal keberangkatan diundur tanpa penjelasan.",
            "Travel umrah di {place} menipu, sudah bayar {rpbig} tapi tidak diberangkatkan.",
            "Kuota haji lansia tidak adil, orang tua saya umur 80 tahun masih harus antri bertahun-tahun.",
            "Pelayanan katering jemaah haji kloter {place} basi dan terlambat.",
            "Visa haji furoda dari biro perjalanan tidak keluar, uang {rpbig} tidak dikembalikan.",
            "Pelunasan biaya haji tahun ini naik mendadak, banyak jemaah {place} kesulitan.",
            "Petugas haji kloter kami tidak pernah ada saat jemaah lansia butuh bantuan.",
            "Pembatalan porsi haji almarhum ayah saya di {place} sudah {lama} dananya belum kembali.",
            "Manasik haji di kecamatan {kec} dipungut biaya tambahan {rp}.",
            "Bagaimana status travel umrah yang izinnya dicabut? jemaahnya terlantar di bandara.",
        ],
        extras=["Nomor porsi ada pada saya.", "Orang tua saya sudah sangat sepuh."],
        wrong=["Mohon Kemenag kabupaten bantu.", "Tolong polisi tangkap travelnya."],
    ),
    Affair(
        "obat-makanan",
        PUSAT,
        "bpom",
        "perlindungan-konsumen",
        14,
        cores=[
            "Ada toko kosmetik di {place} menjual krim pemutih tanpa izin edar, banyak yang wajahnya iritasi.",
            "Beli susu di minimarket {jl} {place} ternyata sudah kedaluwarsa.",
            "Jajanan anak di depan {sd} diduga mengandung boraks, anak-anak sakit perut.",
            "Obat herbal yang diiklankan di live streaming mengklaim menyembuhkan semua penyakit, tidak ada nomor BPOM.",
            "Tahu di pasar {kec} {place} awet berhari-hari, diduga pakai formalin.",
            "Jamu kemasan yang dijual di warung {desa} {place} diduga dicampur obat kimia.",
            "Ikan asin di pasar {place} dijual dengan formalin, lalat saja tidak mau hinggap.",
            "Apotek di {jl} {place} menjual obat keras tanpa resep dokter.",
            "produk skincare viral di marketplace ternyata izin edarnya palsu, cek di web bpom tidak ada",
            "Makanan kaleng di toko grosir {place} penyok dan berkarat tapi tetap dijual.",
        ],
        extras=["Saya simpan kemasan dan struknya.", "Mohon BPOM lakukan razia."],
        wrong=["Mohon Dinas Kesehatan tindak.", "Tolong Satpol PP tutup tokonya."],
    ),
    Affair(
        "jalan-nasional",
        PUSAT,
        "kemenpu",
        "pekerjaan-umum-dan-penataan-ruang",
        26,
        cores=[
            "Jalan nasional lintas {prov} di sekitar {place} rusak parah, truk besar terjebak lubang.",
            "Jalan lintas timur di {lokasi} bergelombang dan berlubang, sering kecelakaan malam hari.",
            "Jalinsum di ruas {place} longsor sejak {tgl}, belum ada penanganan dari balai jalan.",
            "Proyek BPJN di jalan nasional {place} tidak dipasang rambu, banyak pengendara jatuh.",
            "Jalur pantura di {place} kembali rusak padahal baru diperbaiki sebelum lebaran.",
            "Jembatan di jalan nasional dekat {kec} {place} retak dan bergoyang saat truk lewat.",
            "Bendungan di {place} rembes, warga di hilir khawatir jebol.",
            "Sungai besar di {place} meluap tiap tahun, tanggulnya rusak. Mohon balai wilayah sungai tangani.",
            "Jalan trans di {place} masih tanah, padahal sudah bertahun-tahun dijanjikan diaspal.",
            "jalan negara di {kec} {place} rusak, lubangnya dalam, mobil sering patah as",
            "Drainase jalan nasional di {lokasi} tertutup, air hujan menggenangi jalan sepanjang {n}00 meter.",
            "Jalan Trans Sulawesi di {place} banyak lubang dan tidak ada penerangan, rawan kecelakaan.",
            "Jalan lintas Sumatera di {lokasi} rusak berat, bus dan truk antre melewati lubang.",
            "Ruas Trans Papua menuju {place} putus karena longsor, logistik tidak bisa masuk.",
            "Lubang di jalan nasional depan pasar {kec} {place} sudah makan korban, mohon balai jalan tambal.",
            "Jalan Trans Kalimantan di {place} bergelombang parah, mohon pak bupati sampaikan ke pusat.",
            "Irigasi primer dari bendung di {place} jebol, sawah di {n} desa kekeringan. Itu kewenangan balai besar wilayah sungai.",
            "Saluran induk daerah irigasi di {place} tidak pernah dikeruk balai, air tidak sampai ke sawah.",
        ],
        extras=["Jalan ini jalur logistik utama antar provinsi.", "Sudah banyak korban kecelakaan."],
        wrong=["Mohon Dinas PU kabupaten perbaiki.", "Tolong pemprov bertindak.", "Dishub mana?"],
    ),
    Affair(
        "jalan-tol",
        PUSAT,
        "jasa-marga",
        "perhubungan",
        14,
        cores=[
            "Antrian di gerbang tol {place} mengular sampai 2 km, gardu yang buka cuma {n}.",
            "Saldo e-toll saya terpotong dua kali di gerbang tol, mohon dikembalikan.",
            "Jalan tol ruas dekat {place} banyak lubang, ban mobil saya pecah.",
            "Rest area di tol arah {place} toiletnya kotor dan berbayar {rp}.",
            "Lampu penerangan di jalan tol sekitar {kec} mati semua, sangat gelap.",
            "Tarif tol naik terus tapi kemacetan tetap parah setiap jam pulang kerja.",
            "Kartu etoll tidak terbaca di gardu tol, petugas malah marah-marah.",
            "Pagar pembatas jalan tol di {place} jebol, warga dan motor menyeberang tol.",
            "Genangan air di jalan tol dekat {place} saat hujan, mobil saya hampir tergelincir.",
            "derek di tol minta bayar {rp} padahal katanya gratis sampai exit terdekat",
        ],
        extras=["Mohon pengelola tol berbenah.", "Kejadian {tgl} sekitar {jam}."],
        wrong=["Mohon Dishub tertibkan.", "Tolong Dinas PU perbaiki jalan tolnya."],
    ),
    Affair(
        "perhubungan-nasional",
        PUSAT,
        "kemenhub",
        "perhubungan",
        14,
        cores=[
            "Penerbangan dari bandara {place} delay {n} jam tanpa kompensasi dari maskapai.",
            "Kapal dari pelabuhan {place} berangkat tanpa manifes yang jelas, penumpang berlebih.",
            "Bus AKAP dari {place} ugal-ugalan dan menaikkan penumpang di jalan tol.",
            "Harga tiket pesawat ke {place} mahal sekali menjelang lebaran, melebihi tarif batas atas.",
            "Dermaga di {kec} {place} rusak, penumpang naik kapal lewat papan kayu.",
            "Bandara {place} tidak ada fasilitas kursi roda untuk penumpang lansia.",
            "Calo tiket kapal di pelabuhan {place} merajalela, tiket resmi selalu habis.",
            "Syahbandar di pelabuhan {place} diduga meminta uang agar kapal bisa berlayar.",
            "Bagasi saya hilang di penerbangan dari {place}, maskapai tidak bertanggung jawab.",
            "taksi bandara {place} memaksa penumpang dengan tarif nembak",
        ],
        extras=["Banyak penumpang lansia dan anak-anak terlantar.", "Mohon regulator menindak tegas."],
        wrong=["Mohon Dishub kota tertibkan.", "Tolong Pemprov bantu."],
    ),
    Affair(
        "kereta",
        PUSAT,
        "kai",
        "perhubungan",
        14,
        cores=[
            "KRL jurusan {place} telat terus tiap pagi, penumpang berdesakan sampai pingsan.",
            "Tiket kereta api di aplikasi sudah terbayar tapi kode booking tidak muncul.",
            "Stasiun {kec} tidak ada lift, lansia kesulitan naik ke peron.",
            "Toilet di kereta ekonomi jurusan {place} kotor dan airnya mati.",
            "Perlintasan kereta di {desa} {place} tidak ada palang pintu, sudah ada korban tertabrak.",
            "Refund tiket kereta yang dibatalkan sudah {lama} belum masuk rekening.",
            "AC commuter line mati, penumpang kepanasan selama perjalanan.",
            "Petugas keamanan stasiun {place} kasar terhadap penumpang.",
            "Jadwal kereta lokal ke {place} dikurangi, warga yang kerja kesulitan.",
            "Parkir di stasiun {place} mahal dan tidak aman, helm sering hilang.",
        ],
        extras=["Mohon KAI evaluasi pelayanan.", "Kejadian di jam sibuk."],
        wrong=["Mohon Dishub tambah armada.", "Tolong Kemenhub tegur."],
    ),
]

AFFAIRS += [
    Affair(
        "sosial-nasional",
        PUSAT,
        "kemensos",
        "sosial-dan-kesejahteraan",
        14,
        cores=[
            "Bantuan PKH saya tidak cair sejak {bln}, pendamping PKH di {place} tidak bisa dihubungi.",
            "BPNT atau kartu sembako saya saldonya kosong saat digesek di e-warong.",
            "Pendamping PKH di {desa} {place} memotong bantuan {rp} per keluarga.",
            "Saya penerima PKH tapi tiba-tiba dinyatakan graduasi padahal kondisi ekonomi belum berubah.",
            "KKS saya hilang, mau urus ganti disuruh bolak-balik ke bank dan dinsos.",
            "Penyaluran bansos sembako di {place} lewat kantor pos berdesakan dan tidak tertib.",
            "E-warong di {desa} {place} memaksa penerima BPNT beli paket sembako yang harganya lebih mahal.",
            "program keluarga harapan di {kec} cuma dpt keluarga2 tertentu, yg miskin bener ga dapat",
            "Saldo bansos PKH di rekening saya berkurang tanpa saya tarik.",
            "Cek bansos di aplikasi tertulis penerima, tapi di {place} saya tidak pernah menerima apapun.",
        ],
        extras=["Saya janda dengan anak {n}.", "Kami sudah cek di website cekbansos."],
        wrong=["Mohon Dinsos kabupaten bantu.", "Tolong kepala desa cek."],
    ),
    Affair(
        "bbm-lpg",
        PUSAT,
        "pertamina",
        "energi-dan-sumber-daya-alam",
        14,
        cores=[
            "Gas elpiji 3 kg langka di {place}, harga di pengecer tembus {rp}.",
            "SPBU di {jl} {place} menjual pertalite ke pengetap pakai jerigen, warga antri lama.",
            "Solar subsidi di SPBU {kec} selalu habis, truk antri sampai malam.",
            "Takaran BBM di SPBU {place} kurang, sudah saya coba pakai takaran sendiri.",
            "Pangkalan gas di {desa} {place} menjual gas melon di atas HET dan wajib bawa KTP.",
            "Motor saya brebet setelah isi pertamax di SPBU {place}, diduga BBM tercampur air.",
            "Tabung gas LPG 3 kg isinya kurang, berat tidak sampai 8 kg.",
            "Pembelian pertalite di {place} wajib pakai QR code tapi aplikasinya error terus.",
            "pangkalan lpg di {kec} cuma jual ke orang tertentu, warga biasa gak kebagian",
        ],
        extras=["Kami pedagang kecil sangat bergantung pada gas melon.", "Antrian terjadi setiap hari."],
        wrong=["Mohon Dinas Perdagangan sidak.", "Tolong pemda tertibkan SPBU."],
    ),
    Affair(
        "pertanahan",
        PUSAT,
        "atrbpn",
        "politik-dan-hukum",
        14,
        cores=[
            "Sertifikat tanah program PTSL di {desa} {place} belum dibagikan padahal sudah bayar {rp}.",
            "Pengurusan balik nama sertifikat di kantor pertanahan {place} sudah {lama} tidak selesai.",
            "Tanah warisan kami di {place} tiba-tiba bersertifikat atas nama orang lain, ada mafia tanah.",
            "Petugas ukur BPN datang ke {desa} {place} meminta uang transport {rp}.",
            "Sengketa tanah dengan perusahaan di {place} sudah bertahun-tahun tidak ada penyelesaian.",
            "Pemecahan sertifikat di kantor BPN {place} dipersulit kalau tidak lewat calo.",
            "Sertifikat saya tumpang tindih dengan tanah tetangga, hasil ukur ulang BPN tidak jelas.",
            "Girik orang tua saya di {place} tidak bisa dikonversi jadi sertifikat, berkas dilempar terus.",
            "sertifikat elektronik saya datanya salah, luas tanah berkurang {n}0 meter",
            "Biaya PTSL di {desa} ditarik panitia desa sampai {rpmid}, padahal ada batas resmi. {place}",
        ],
        extras=["Semua dokumen girik dan akta jual beli saya lengkap.", "Kami rakyat kecil takut melawan."],
        wrong=["Mohon Pemkab selesaikan sengketa ini.", "Tolong Dinas PUPR ukur tanahnya."],
    ),
    Affair(
        "kepolisian",
        PUSAT,
        "polri",
        "politik-dan-hukum",
        16,
        cores=[
            "Laporan polisi saya tentang pencurian motor di Polsek {kec} sudah {lama} tidak ada perkembangan.",
            "Ada oknum polisi lalu lintas di {jl} {place} yang menilang lalu minta damai {rp}.",
            "Bikin SIM di Satpas {place} kalau tidak lewat calo pasti tidak lulus ujian praktik.",
            "Begal marak di {jl} {place} tiap malam, mohon patroli ditingkatkan.",
            "Saya korban penipuan jual beli online {rpbig}, lapor ke polres {place} disuruh tunggu terus.",
            "Preman memalak pedagang di pasar {kec} {place} tiap hari.",
            "Perjudian sabung ayam di {desa} {place} terang-terangan dan dibiarkan aparat.",
            "Bikin SKCK di Polres {place} dikenakan biaya di luar PNBP.",
            "Razia di {jl} {place} petugasnya tidak pakai surat tugas dan minta uang.",
            "Pengurusan STNK hilang di samsat dipersulit, disuruh bayar {rp} untuk surat kehilangan.",
            "penganiayaan yg menimpa anak saya sudah dilaporkan ke polsek tapi pelakunya masih bebas. {place}",
            "Curanmor terjadi {n} kali bulan ini di perumahan kami di {lokasi}.",
        ],
        extras=["Nomor LP saya ada.", "Kami takut melapor karena pelaku punya beking."],
        wrong=["Mohon Satpol PP tangkap.", "Tolong Dishub tindak petugasnya.", "Mohon bupati bertindak."],
    ),
    Affair(
        "narkotika",
        PUSAT,
        "bnn",
        "pencegahan-dan-pemberantasan-penyalahgunaan-dan-peredaran-gelap-narkotika-dan-prekursor-narkotika-p4gn",
        14,
        cores=[
            "Ada rumah di {rt} {desa} {place} yang diduga jadi tempat transaksi sabu, ramai tamu tengah malam.",
            "Peredaran pil koplo di kalangan pelajar {place} makin marak.",
            "Anak saya kecanduan narkoba, bagaimana cara mendapatkan rehabilitasi gratis? Kami di {place}.",
            "Ada ladang ganja di kebun dekat {desa} {place}.",
            "Bandar narkoba di {kec} {place} sudah dilaporkan berkali-kali tapi tidak ditangkap.",
            "Pengedar narkoba menjual ke anak SMP di dekat sekolah di {place}.",
            "Kos-kosan di {jl} {place} diduga jadi tempat pesta narkoba tiap malam minggu.",
            "tolong bnn grebek gang di {desa}, tiap malem ada yg jual sabu. {place}",
            "Tetangga saya pengguna narkotika sering mengamuk, keluarganya minta dirujuk ke rehabilitasi.",
        ],
        extras=["Identitas saya mohon dirahasiakan.", "Warga takut karena pelaku kenal dengan oknum."],
        wrong=["Mohon Satpol PP razia.", "Tolong pak lurah tindak."],
    ),
    Affair(
        "pajak-pusat",
        PUSAT,
        "kemenkeu",
        "ekonomi-dan-keuangan",
        14,
        cores=[
            "Tidak bisa lapor SPT tahunan di coretax, muncul error terus sejak {tgl}.",
            "Barang kiriman dari luar negeri saya ditahan bea cukai, bea masuknya tidak masuk akal.",
            "NPWP saya dipakai orang lain untuk faktur pajak, saya dapat tagihan PPN.",
            "Pelayanan di kantor pajak pratama {place} lambat, antrian untuk aktivasi EFIN sampai siang.",
            "Paket dari luar negeri tertahan di bea cukai {lama}, status tidak berubah.",
            "Rokok ilegal tanpa pita cukai dijual bebas di warung {desa} {place}.",
            "Pemotongan PPh 21 di slip gaji saya tidak dilaporkan perusahaan ke DJP.",
            "Petugas pajak datang ke toko saya di {place} dan menakut-nakuti soal denda, minta 'bantuan' {rpbig}.",
            "kenapa impor barang pribadi di bawah batas tetap kena bea masuk?",
            "Restitusi pajak saya sudah {lama} belum cair.",
        ],
        extras=["Nomor resi dan dokumen ada.", "Mohon DJP perbaiki sistemnya."],
        wrong=["Mohon Bapenda daerah cek.", "Tolong pemkot bantu pajak saya."],
    ),
    Affair(
        "bpjs-tk",
        PUSAT,
        "bpjs-ketenagakerjaan",
        "ketenagakerjaan",
        14,
        cores=[
            "Klaim JHT saya sudah {lama} belum cair, status masih verifikasi.",
            "Perusahaan memotong gaji untuk BPJS Ketenagakerjaan tapi iurannya tidak disetor.",
            "Saya kecelakaan kerja di {place}, klaim JKK ditolak karena perusahaan menunggak iuran.",
            "Pencairan JHT lewat aplikasi JMO gagal verifikasi wajah terus.",
            "Santunan JKM untuk suami saya yang meninggal belum dibayar {lama}.",
            "Saldo jamsostek saya dari perusahaan lama tidak bisa digabung dengan yang baru.",
            "antrian klaim jaminan hari tua di kantor cabang {place} harus datang subuh",
            "Data kepesertaan BPJS Ketenagakerjaan saya salah nama ibu kandung, klaim tertahan.",
            "Perusahaan tempat saya kerja di {place} tidak mendaftarkan karyawan ke BPJS Ketenagakerjaan.",
        ],
        extras=["Nomor KPJ saya ada.", "Saya butuh dana itu untuk modal usaha setelah PHK."],
        wrong=["Mohon BPJS Kesehatan bantu.", "Tolong Disnaker kota proses."],
    ),
    Affair(
        "pekerja-migran",
        PUSAT,
        "kp2mi",
        "ketenagakerjaan",
        14,
        cores=[
            "Adik saya bekerja sebagai TKI di Malaysia, gajinya tidak dibayar majikan {n} bulan dan paspornya ditahan.",
            "Calo TKI di {desa} {place} merekrut warga ke Arab Saudi lewat jalur tidak resmi.",
            "Istri saya PMI di Hongkong sakit dan tidak bisa pulang, agen tidak bertanggung jawab.",
            "Perusahaan penempatan pekerja migran di {place} sudah terima {rpbig} tapi tidak memberangkatkan.",
            "Keluarga kami kehilangan kontak dengan anak yang bekerja di Taiwan sejak {bln}.",
            "Pekerja migran asal {place} meninggal di Malaysia, kami butuh bantuan pemulangan jenazah.",
            "biaya penempatan ke taiwan dipotong dari gaji tiap bulan melebihi perjanjian",
            "Ada penampungan calon pekerja migran ilegal di {kec} {place}, puluhan perempuan dikurung.",
        ],
        extras=["Kami keluarga tidak mampu.", "Nomor paspor dan alamat majikan ada pada kami."],
        wrong=["Mohon Disnaker kabupaten bantu.", "Tolong Kemenlu urus."],
    ),
    Affair(
        "digital",
        PUSAT,
        "komdigi",
        "teknologi-informasi-dan-komunikasi",
        14,
        cores=[
            "Sinyal internet di {desa} {place} sangat lemah, anak-anak sekolah daring harus naik bukit.",
            "Saya diteror debt collector pinjol ilegal, data kontak saya disebar ke semua teman.",
            "Iklan judi online muncul di banyak website dan media sosial, mohon diblokir.",
            "Data pribadi saya bocor, ada yang pinjam online atas nama saya.",
            "BTS yang dibangun di {desa} {place} tidak pernah aktif sejak selesai.",
            "Spam SMS penipuan hadiah masuk tiap hari dari nomor berbeda.",
            "Banyak konten hoaks tentang bencana di {place} beredar di grup WA.",
            "Provider internet rumah saya di {place} mati {lama} tapi tagihan tetap penuh.",
            "Aplikasi pinjaman online menagih dengan kata-kata kasar dan mengancam.",
            "anak saya kecanduan judi online, situsnya masih bisa diakses padahal katanya sudah diblokir",
            "Operator seluler memotong pulsa saya untuk layanan yang tidak pernah saya daftar.",
        ],
        extras=["Screenshot sudah saya simpan.", "Mohon segera ditindak."],
        wrong=["Mohon Diskominfo kabupaten pasang tower.", "Tolong polisi blokir situsnya."],
    ),
    Affair(
        "pos",
        PUSAT,
        "pos-indonesia",
        "teknologi-informasi-dan-komunikasi",
        14,
        cores=[
            "Paket pos saya dari {place} tidak sampai sudah {lama}, status tracking tidak berubah.",
            "Kantor pos {kec} tutup di jam kerja tanpa pemberitahuan.",
            "Wesel yang dikirim ke orang tua saya di {place} belum diterima.",
            "Pengiriman paket lewat Pos Indonesia rusak isinya, klaim ganti rugi ditolak.",
            "Petugas kantor pos {place} meminta biaya tambahan {rp} untuk pengambilan paket.",
            "Kurir pos tidak mengantar ke rumah di {desa}, paket harus diambil sendiri ke kantor pos.",
            "Antrian pencairan bantuan di kantor pos {place} tidak teratur, lansia berdiri berjam-jam.",
            "Surat penting dari instansi dikirim lewat pos tapi tidak pernah sampai ke alamat saya di {lokasi}.",
            "nomor resi pos indonesia saya tidak terlacak sama sekali",
        ],
        extras=["Nomor resi sudah saya simpan.", "Isi paket obat yang sangat dibutuhkan."],
        wrong=["Mohon Kominfo tindak.", "Tolong Dishub cek."],
    ),
    Affair(
        "mbg",
        PUSAT,
        "bgn",
        "program-makan-bergizi-gratis-mbg",
        14,
        cores=[
            "Makan bergizi gratis di {sd} basi, banyak siswa muntah dan pusing.",
            "Menu MBG di sekolah anak saya di {place} porsinya sedikit, lauknya cuma tempe.",
            "Puluhan siswa di {place} keracunan setelah makan MBG dari SPPG setempat.",
            "Dapur MBG di {desa} {place} kotor, air cuci piring dari sumur yang keruh.",
            "Pembayaran ke mitra SPPG di {place} terlambat {lama}, relawan belum digaji.",
            "Distribusi makan bergizi gratis ke sekolah di {kec} sering telat sampai jam 12.",
            "Ompreng MBG dikumpulkan lagi tanpa dicuci bersih, bau.",
            "anak sy alergi telur tp menu mbg tiap hari telur, sekolah bilang gak bisa diganti",
            "Ada pungutan ke orang tua siswa {rp} untuk program MBG, katanya untuk ompreng.",
        ],
        extras=["Anak saya sampai dibawa ke puskesmas.", "Mohon kualitas makanannya diawasi."],
        wrong=["Mohon Dinas Pendidikan kabupaten tegur.", "Tolong Dinkes periksa."],
    ),
    Affair(
        "pupuk",
        PUSAT,
        "pupuk-indonesia",
        "pertanian-dan-peternakan",
        14,
        cores=[
            "Pupuk subsidi langka di {desa} {place} saat musim tanam, kios hanya jual yang non subsidi.",
            "Harga pupuk urea bersubsidi di kios {kec} dijual di atas HET, {rp} per sak.",
            "Kartu tani saya tidak bisa dipakai tebus pupuk bersubsidi, saldonya nol.",
            "Jatah pupuk subsidi untuk kelompok tani kami di {place} dikurangi tanpa alasan.",
            "Distributor pupuk di {place} diduga menimbun pupuk bersubsidi.",
            "petani di {kec} susah dapet pupuk, disuruh beli paket sama pestisida",
            "Pupuk NPK subsidi yang kami terima di {desa} menggumpal dan diduga palsu.",
            "Penebusan pupuk subsidi harus lewat ketua kelompok yang minta tambahan {rp} per sak.",
        ],
        extras=["Padi kami sudah mulai menguning daunnya.", "Kami petani kecil sangat dirugikan."],
        wrong=["Mohon Dinas Pertanian kabupaten bertindak.", "Tolong pak bupati bantu petani."],
    ),
    Affair(
        "pemilu",
        PUSAT,
        "bawaslu",
        "politik-dan-hukum",
        14,
        cores=[
            "Ada politik uang jelang pilkada di {desa} {place}, warga dibagi amplop {rp}.",
            "Kepala desa di {place} terang-terangan kampanye untuk salah satu pasangan calon.",
            "Alat peraga kampanye dipasang di tempat ibadah dan sekolah di {place}.",
            "Di TPS pemilu {desa} ada pemilih yang mencoblos lebih dari sekali.",
            "Kampanye di {place} memakai fasilitas pemerintah, mobil dinas dipakai untuk mengangkut massa.",
            "money politic di {kec} pakai sembako, atas nama tim sukses",
            "Petugas KPPS di {desa} {place} mengarahkan lansia memilih calon tertentu.",
        ],
        extras=["Kami punya video sebagai bukti.", "Mohon diusut sebelum pemungutan suara."],
        wrong=["Mohon KPU tindak.", "Tolong polisi tangkap."],
    ),
    Affair(
        "perumahan-nasional",
        PUSAT,
        "kemenpkp",
        "pekerjaan-umum-dan-penataan-ruang",
        4,
        cores=[
            "Rumah subsidi FLPP yang saya beli di {place} baru setahun dindingnya retak dan bocor.",
            "Developer rumah subsidi di {kec} {place} belum menyerahkan sertifikat padahal KPR sudah {n} tahun.",
            "Bantuan BSPS untuk rumah saya di {desa} {place} materialnya tidak lengkap.",
            "Rusunawa di {place} fasilitasnya rusak dan airnya mati.",
            "Potongan Tapera di gaji saya, bagaimana cara mencairkannya?",
        ],
    ),
    Affair(
        "kehutanan",
        PUSAT,
        "kemenhut",
        "lingkungan-hidup-dan-kehutanan",
        4,
        cores=[
            "Ada pembalakan liar di hutan dekat {desa} {place}, truk kayu lewat tiap malam.",
            "Kebakaran hutan dan lahan di {place} membuat asap tebal, sekolah diliburkan.",
            "Satwa liar dilindungi dijual di pasar burung {place}.",
            "Perambahan kawasan taman nasional di {kec} {place} untuk kebun sawit.",
            "Gajah liar masuk kebun warga di {desa} {place}, mohon penanganan.",
        ],
    ),
    Affair(
        "tambang",
        PUSAT,
        "kemenesdm",
        "energi-dan-sumber-daya-alam",
        3,
        cores=[
            "Lubang bekas tambang batubara di {place} dibiarkan terbuka, sudah ada anak tenggelam.",
            "Penambangan emas tanpa izin (PETI) di {kec} {place} mencemari sungai dengan merkuri.",
            "Aktivitas tambang nikel di {place} membuat air laut keruh dan nelayan kehilangan ikan.",
        ],
    ),
    Affair(
        "imigrasi",
        PUSAT,
        "kemenimipas",
        "politik-dan-hukum",
        4,
        cores=[
            "Antrian paspor online di kantor imigrasi {place} selalu penuh sampai {n} bulan ke depan.",
            "Ada tenaga kerja asing di perusahaan tambang {place} yang diduga tidak punya izin kerja.",
            "Keluarga napi di lapas {place} dimintai uang untuk bisa besuk.",
            "Paspor saya sudah jadi tapi tidak bisa diambil karena sistem imigrasi error.",
            "Peredaran barang terlarang di rutan {place}, warga binaan bebas pakai HP.",
        ],
    ),
    Affair(
        "jasa-keuangan",
        PUSAT,
        "ojk",
        "ekonomi-dan-keuangan",
        4,
        cores=[
            "Debt collector leasing menarik motor saya di jalan secara paksa di {place}.",
            "Klaim asuransi jiwa almarhum ayah saya ditolak tanpa alasan jelas.",
            "Nama saya di SLIK jelek padahal tidak pernah mengambil kredit.",
            "Bank menolak restrukturisasi kredit macet usaha saya, bunga terus berjalan.",
        ],
    ),
    Affair(
        "perbankan",
        PUSAT,
        "bri",
        "ekonomi-dan-keuangan",
        3,
        cores=[
            "Pengajuan KUR BRI saya di unit {kec} ditolak karena harus ada jaminan, padahal katanya tanpa agunan.",
            "Saldo saya terpotong saat transfer di agen BRILink {place} tapi uang tidak sampai.",
            "ATM Bank BRI di {place} sering kosong dan menelan kartu.",
        ],
    ),
    Affair(
        "prakerja",
        PUSAT,
        "kemnaker",
        "ketenagakerjaan",
        3,
        cores=[
            "Insentif kartu prakerja saya belum masuk padahal pelatihan sudah selesai.",
            "BSU bantuan subsidi upah tidak saya terima padahal gaji di bawah batas.",
            "Akun prakerja saya diblokir tanpa alasan setelah lolos gelombang.",
        ],
    ),
    Affair(
        "pangan-harga",
        PUSAT,
        "bulog",
        "pertanian-dan-peternakan",
        3,
        cores=[
            "Beras SPHP di pasar {place} dijual di atas harga eceran tertinggi.",
            "Beras bulog untuk bantuan di {desa} {place} berkutu dan berbau apek.",
            "Ada beras oplosan yang dikemas ulang sebagai beras premium di {place}.",
        ],
    ),
    Affair(
        "bencana",
        PUSAT,
        "bnpb",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        3,
        cores=[
            "Pengungsi gempa di {place} kekurangan tenda dan air bersih, bantuan BNPB belum sampai.",
            "Dana stimulan perbaikan rumah korban gempa di {desa} {place} belum cair sampai sekarang.",
            "Warga terdampak erupsi di {kec} {place} belum dapat hunian sementara.",
        ],
    ),
]

# -- Named facilities and the national bodies added with them --------------------------------------
# Hospitals as citizens name them. Provincial ones (the province's Dinas Kesehatan answers), per
# province; regency/city ones per region code; national (Kemenkes) ones anywhere. Terminal tipe A are
# the ministry's (BPTD). The names match the facility rules of authority.json.
RS_PROVINSI_SHOWN = {
    "11": ["RSUD dr. Zainoel Abidin", "RSUDZA Banda Aceh", "rsud zainal abidin"],
    "12": ["RSUD Haji Medan", "RSJ Prof. Ildrem"],
    "13": ["RSUD M. Natsir Solok", "RSJ HB Saanin Padang", "RSUD Achmad Mochtar Bukittinggi"],
    "14": ["RSUD Arifin Achmad", "rsud arifin ahmad pekanbaru", "RSUD Petala Bumi"],
    "15": ["RSUD Raden Mattaher", "rsud raden mattaher jambi"],
    "16": ["RSUD Siti Fatimah", "RS Ernaldi Bahar"],
    "17": ["RSUD dr. M. Yunus", "rsud m yunus bengkulu"],
    "18": ["RSUD Abdul Moeloek", "RSUDAM Bandar Lampung"],
    "19": ["RSUD Ir. Soekarno Babel", "rsud dr ir soekarno"],
    "21": ["RSUD Raja Ahmad Tabib", "RSUD RAT Tanjungpinang", "RSUD Engku Haji Daud"],
    "32": ["RSUD Al Ihsan", "rs al ihsan baleendah", "RSJ Cisarua", "RSUD Welas Asih"],
    "33": ["RSUD Dr. Moewardi", "rs moewardi solo", "RSUD Tugurejo Semarang", "RSUD Margono Soekarjo Purwokerto"],
    "34": ["RS Paru Respira", "RSJ Grhasia"],
    "35": ["RSUD Dr. Soetomo", "rsud dr sutomo surabaya", "RSUD Saiful Anwar Malang", "RSUD dr. Soedono Madiun",
           "RSUD Haji Surabaya", "RSJ Menur", "RSUD Karsa Husada Batu"],
    "36": ["RSUD Banten", "RSUD Malingping"],
    "51": ["RS Bali Mandara", "RSJ Bangli"],
    "52": ["RSUD Provinsi NTB", "RSJ Mutiara Sukma"],
    "53": ["RSUD Prof. W.Z. Johannes Kupang", "rsud wz johannes"],
    "61": ["RSUD dr. Soedarso Pontianak", "rsud soedarso"],
    "62": ["RSUD Doris Sylvanus", "rsud dr doris sylvanus palangka raya"],
    "63": ["RSUD Ulin Banjarmasin", "RSJ Sambang Lihum", "RSUD Ansari Saleh"],
    "64": ["RSUD Abdul Wahab Sjahranie", "RSUD AWS Samarinda", "RSUD Kanujoso Djatiwibowo Balikpapan"],
    "65": ["RSUD dr. H. Jusuf SK Tarakan"],
    "71": ["RSUD ODSK", "RSJ Ratumbuysang"],
    "72": ["RSUD Undata Palu", "RSUD Madani Palu"],
    "73": ["RSUD Labuang Baji", "RSUD Haji Makassar", "RSKD Dadi"],
    "74": ["RSUD Bahteramas"],
    "75": ["RSUD Hasri Ainun Habibie"],
    "76": ["RSUD Provinsi Sulbar"],
    "81": ["RSUD dr. M. Haulussy Ambon"],
    "82": ["RSUD Chasan Boesoirie Ternate"],
    "91": ["RSUD Dok II Jayapura", "RSUD Abepura"],
}  # fmt: skip
RS_KABKOTA_SHOWN = {
    "32.73": ["RSUD Kota Bandung", "RSUD Ujungberung"], "32.04": ["RSUD Otto Iskandar Dinata Soreang", "RSUD Majalaya"],
    "32.01": ["RSUD Cibinong", "RSUD Cileungsi", "RSUD Leuwiliang"], "32.71": ["RSUD Kota Bogor"],
    "32.75": ["RSUD Chasbullah Abdulmadjid", "RSUD Kota Bekasi"], "32.76": ["RSUD Kota Depok"],
    "36.71": ["RSUD Kota Tangerang"], "36.03": ["RSUD Balaraja", "RSUD Pakuhaji"], "12.71": ["RSUD dr. Pirngadi", "RSUD Pirngadi Medan"],
    "13.71": ["RSUD dr. Rasidin Padang"], "35.78": ["RSUD Soewandhie", "RSUD Bhakti Dharma Husada"], "51.71": ["RSUD Wangaya"],
    "73.71": ["RSUD Daya Makassar"], "53.71": ["RSUD S.K. Lerik"], "75.71": ["RSUD Aloei Saboe"],
    "33.74": ["RSUD KRMT Wongsonegoro", "RSUD Kota Semarang"], "33.72": ["RSUD Bung Karno Solo"],
    "34.71": ["RSUD Kota Yogyakarta", "rsud jogja"], "34.04": ["RSUD Sleman"], "34.02": ["RSUD Panembahan Senopati"],
    "34.01": ["RSUD Wates"], "34.03": ["RSUD Wonosari"], "35.15": ["RSUD Sidoarjo"], "35.25": ["RSUD Ibnu Sina Gresik"],
    "35.71": ["RSUD Gambiran"], "35.09": ["RSUD dr. Soebandi Jember"], "35.07": ["RSUD Kanjuruhan"],
    "61.71": ["RSUD Sultan Syarif Mohamad Alkadrie"], "32.74": ["RSUD Gunung Jati"], "32.78": ["RSUD dr. Soekardjo"],
    "32.05": ["RSUD dr. Slamet Garut"], "32.15": ["RSUD Karawang"], "32.12": ["RSUD Indramayu"],
    "32.03": ["RSUD Sayang Cianjur"], "33.76": ["RSUD Kardinah"], "33.02": ["RSUD Banyumas"],
    "33.19": ["RSUD dr. Loekmonohadi Kudus"], "33.21": ["RSUD Sunan Kalijaga Demak"], "64.71": ["RSUD Beriman Balikpapan"],
    "64.74": ["RSUD Taman Husada Bontang"], "63.71": ["RSUD Sultan Suriansyah"], "17.71": ["RSUD Harapan dan Doa"],
    "36.72": ["RSUD Kota Cilegon"], "52.71": ["RSUD Kota Mataram"], "91.71": ["RSUD Kota Jayapura"],
    "96.71": ["RSUD Sele Be Solu"],
}  # fmt: skip
RS_VERTIKAL_SHOWN = [
    "RSUP Dr. Sardjito", "rs sardjito jogja", "RSCM", "RSUPN Cipto Mangunkusumo", "RSUP Persahabatan", "RSUP Fatmawati",
    "RS Kanker Dharmais", "RS Jantung Harapan Kita", "RSUP Dr. Hasan Sadikin", "RSHS Bandung", "RSUP Dr. Kariadi",
    "rsup kariadi semarang", "RSUP H. Adam Malik", "RSUP Dr. M. Djamil", "RSUP Dr. Mohammad Hoesin", "RSMH Palembang",
    "RSUP Prof. Ngoerah", "RS Sanglah", "RSUP Dr. Wahidin Sudirohusodo", "RSUP Prof. Kandou", "RSUP Dr. Soeradji Tirtonegoro",
    "RS Ortopedi Prof. Soeharso", "RSJ Marzoeki Mahdi Bogor", "RSUP Dr. Ben Mboi Kupang", "RSUP dr. J. Leimena Ambon", "RSPON",
]  # fmt: skip
TERMINAL_TIPE_A = [
    "Terminal Purabaya (Bungurasih)", "Terminal Tirtonadi", "Terminal Giwangan", "Terminal Arjosari", "Terminal Leuwipanjang",
    "Terminal Baranangsiang", "Terminal Mengwi", "Terminal Amplas", "Terminal Rajabasa", "Terminal Tingkir",
    "Terminal Mangkang", "Terminal Poris Plawad", "Terminal Jombor", "terminal tipe A",
]  # fmt: skip
FACILITY_SLOTS = {
    "rsprov": lambda w, r: w.pick(RS_PROVINSI_SHOWN[r.province]),
    "rskab": lambda w, r: w.pick(RS_KABKOTA_SHOWN[r.code]),
    "rsup": lambda w, r: w.pick(RS_VERTIKAL_SHOWN),
    "terma": lambda w, r: w.pick(TERMINAL_TIPE_A),
}


def pusat_affair(code, target, category, count, cores, extras=(), wrong=()):
    return Affair(code, PUSAT, target, category, count, cores=list(cores), extras=list(extras), wrong=list(wrong))


AFFAIRS += [
    Affair(
        "rumah-sakit-provinsi",
        PROVINSI,
        "dinkes",
        "kesehatan",
        50,
        regions=[c for c in REGIONS if c[:2] in RS_PROVINSI_SHOWN],
        cores=[
            "Pelayanan IGD {rsprov} lambat sekali, pasien dibiarkan di lorong {lama}.",
            "Ibu saya pasien BPJS di {rsprov} disuruh beli obat sendiri di apotek luar.",
            "Antrean poli di {rsprov} dari subuh, dokternya baru datang jam 11.",
            "{rsprov} menolak pasien rujukan dari {place} dengan alasan kamar penuh.",
            "Toilet ruang rawat kelas 3 {rsprov} kotor, air mati, lampu rusak.",
            "Lift di gedung rawat inap {rsprov} rusak, pasien harus diangkut lewat tangga.",
            "Parkir di {rsprov} dikuasai juru parkir liar, tarif {rp} sekali masuk.",
            "Jadwal operasi ayah saya di {rsprov} diundur terus sudah {n} kali tanpa penjelasan.",
            "Tagihan pasien umum di {rsprov} tidak sesuai rincian, ada tindakan yang tidak pernah dilakukan.",
            "Perawat di {rsprov} membentak keluarga pasien yang bertanya.",
            "hasil lab di {rsprov} lama bgt keluarnya, pasien bolak balik",
            "Pendaftaran online {rsprov} sudah dapat nomor tapi tetap disuruh antre manual.",
            "AC di ruang NICU {rsprov} mati, bayi-bayi kepanasan.",
            "Pasien cuci darah di {rsprov} harus antre jadwal, alat hemodialisa banyak yang rusak.",
            "Obat kemoterapi di {rsprov} kosong, pasien kanker disuruh menunggu.",
            "Kami warga {place}, dirujuk ke {rsprov} tapi di sana disuruh pulang karena alat CT scan rusak.",
        ],
        extras=[
            "Rumah sakit ini milik pemerintah provinsi.",
            "Mohon Dinkes Provinsi {prov} evaluasi.",
            "Kami sudah lapor ke bagian pengaduan rumah sakit tapi tidak ada respon.",
        ],
        wrong=["Mohon Dinkes kota tegur.", "Tolong pak wali kota perhatikan.", "Mohon Kemenkes turun tangan."],
    ),
    Affair(
        "rumah-sakit-kabkota",
        KABKOTA,
        "dinkes",
        "kesehatan",
        75,
        regions=[c for c in RS_KABKOTA_SHOWN if c in REGIONS],
        cores=[
            "Antrean pendaftaran di {rskab} panjang sekali, mesin antrean rusak.",
            "Pasien BPJS di {rskab} disuruh pulang padahal masih demam tinggi.",
            "Dokter spesialis di {rskab} jarang praktik, pasien poli menunggu sampai sore.",
            "Keluarga pasien di {rskab} dimintai uang {rp} supaya dapat kamar.",
            "Ambulans {rskab} lama datang, pasien akhirnya dibawa pakai mobil tetangga.",
            "Kamar mandi di bangsal {rskab} kotor dan bau.",
            "Stok obat di apotek {rskab} sering kosong, pasien disuruh beli di luar.",
            "Petugas IGD {rskab} tidak ramah, pasien kecelakaan dibiarkan menunggu.",
        ],
        extras=["Ini rumah sakit milik pemda.", "Mohon Dinas Kesehatan setempat memperhatikan."],
        wrong=["Mohon Dinkes provinsi turun.", "Tolong pak gubernur tegur."],
    ),
    pusat_affair(
        "rumah-sakit-vertikal",
        "kemenkes",
        "kesehatan",
        30,
        [
            "Antrean poli di {rsup} luar biasa, datang jam 5 pagi baru dilayani siang.",
            "Jadwal operasi anak saya di {rsup} mundur terus, sudah {n} bulan menunggu.",
            "Pasien rujukan nasional di {rsup} disuruh menunggu kamar berhari-hari di IGD.",
            "Keluarga pasien di {rsup} dimintai uang oleh oknum agar dapat kamar.",
            "Parkir di {rsup} mahal dan penuh, keluarga pasien kesulitan.",
            "Obat pasien kanker di {rsup} sering kosong.",
            "Dokter residen di {rsup} kasar kepada pasien lansia.",
            "pelayanan {rsup} lambat bgt, hasil lab {lama} belum keluar",
            "Tagihan pasien umum di {rsup} membengkak, rinciannya tidak jelas.",
        ],
        ["Rumah sakit ini milik Kementerian Kesehatan.", "Mohon Kemenkes mengevaluasi."],
        ["Mohon Dinkes provinsi tegur.", "Tolong pemkot perhatikan."],
    ),
    pusat_affair(
        "kesehatan-nasional",
        "kemenkes",
        "kesehatan",
        10,
        [
            "STR saya sebagai perawat belum terbit sudah {lama}, padahal semua berkas lengkap.",
            "Aplikasi SatuSehat Mobile tidak bisa login, riwayat vaksin saya hilang.",
            "Program cek kesehatan gratis di {place} katanya dari pusat, tapi kuotanya selalu habis.",
            "Ada perundungan terhadap dokter residen PPDS di rumah sakit pendidikan, mohon Kemenkes tindak.",
            "Dokter internsip di {place} belum menerima bantuan biaya hidup {lama}.",
            "Harga obat di apotek naik terus, mohon Kementerian Kesehatan mengatur.",
        ],
    ),
    Affair(
        "perhubungan-provinsi",
        PROVINSI,
        "dishub",
        "perhubungan",
        24,
        regions=NOT_DKI,
        cores=[
            "Terminal tipe B di {place} kotor, banyak calo tiket bus AKDP.",
            "Bus AKDP jurusan {place} ugal-ugalan dan menaikkan tarif seenaknya.",
            "Armada bus Trans Jateng koridor {place} kurang, penumpang berdesakan tiap pagi.",
            "Halte Trans Jatim di {place} rusak dan tidak ada jadwal yang jelas.",
            "Kapal penyeberangan antar kabupaten dari {place} sering terlambat, tidak ada informasi.",
            "Toilet di terminal tipe B {place} berbayar {rp} dan kotor.",
            "Travel gelap antar kota dalam provinsi dari {place} mengangkut penumpang berlebih.",
            "Angkutan antarkota dalam provinsi di {prov} tidak layak jalan, banyak yang tidak uji KIR.",
        ],
        extras=["Mohon Dinas Perhubungan Provinsi menertibkan.", "Penumpang dirugikan setiap hari."],
        wrong=["Mohon Dishub kota tertibkan.", "Tolong Kemenhub tegur."],
    ),
    Affair(
        "lingkungan-provinsi",
        PROVINSI,
        "dlh",
        "lingkungan-hidup-dan-kehutanan",
        12,
        regions=NOT_DKI,
        cores=[
            "Sungai yang mengalir lintas kabupaten di {place} tercemar limbah pabrik, warga hilir kena dampaknya.",
            "TPA regional untuk beberapa kota di {prov} sudah penuh, sampah meluber ke jalan.",
            "Perambahan hutan lindung di {kec} {place} dibiarkan, KPH tidak pernah patroli.",
            "Taman hutan raya di {prov} dijadikan tempat buang sampah dan pembangunan vila.",
            "Pencemaran sungai lintas kabupaten di {prov} makin parah, mohon provinsi bertindak.",
        ],
    ),
    Affair(
        "tambang-batuan",
        PROVINSI,
        "",
        "energi-dan-sumber-daya-alam",
        12,
        regions=NOT_DKI,
        cores=[
            "Tambang galian C ilegal di {desa} {place} merusak jalan dan sungai.",
            "Penambangan pasir di sungai dekat {desa} {place} membuat tebing longsor, izinnya dipertanyakan.",
            "Truk tambang batu dan sirtu di {kec} {place} lalu lalang siang malam, jalan hancur dan berdebu.",
            "Tambang tanah urug di {desa} {place} tidak ada reklamasi, bekas galian jadi kubangan.",
            "Pengerukan pasir batu di {place} tanpa papan izin, apakah sudah ada izin dari provinsi?",
        ],
        wrong=["Mohon Kementerian ESDM tutup.", "Tolong bupati cabut izinnya."],
    ),
    Affair(
        "kelautan-provinsi",
        PROVINSI,
        "",
        "pertanian-dan-peternakan",
        10,
        regions=NOT_DKI,
        cores=[
            "Kapal ikan dari luar daerah menangkap ikan di perairan 0-12 mil dekat {place}, nelayan lokal tersisih.",
            "Pengeboman ikan masih terjadi di perairan {place}, terumbu karang rusak.",
            "Izin kapal ikan 10 GT saya di dinas kelautan dan perikanan provinsi {prov} tidak kunjung terbit.",
            "Zonasi wilayah pesisir di {place} tidak jelas, tambak dan kapal wisata berebut ruang.",
            "Pelabuhan perikanan pantai di {place} dangkal, kapal nelayan kandas saat surut.",
        ],
    ),
    Affair(
        "ketenagakerjaan-provinsi",
        PROVINSI,
        "",
        "ketenagakerjaan",
        8,
        regions=NOT_DKI,
        cores=[
            "Pengawas ketenagakerjaan provinsi {prov} tidak menindak pabrik di {place} yang membayar upah di bawah UMK.",
            "Kecelakaan kerja di pabrik {place} tidak dilaporkan, pekerja tidak pakai alat K3. Mohon pengawas turun.",
            "Sudah lapor ke pengawas tenaga kerja {prov} soal jam lembur tidak dibayar, belum ada pemeriksaan.",
            "Perusahaan di {place} menahan ijazah karyawan, mohon pengawasan ketenagakerjaan provinsi bertindak.",
        ],
    ),
    Affair(
        "inspektorat-provinsi",
        PROVINSI,
        "inspektorat",
        "politik-dan-hukum",
        10,
        regions=NOT_DKI,
        cores=[
            "Dana BOS di {sma} diduga diselewengkan kepala sekolah, laporan pertanggungjawaban fiktif.",
            "Ada pungli di kantor samsat {place}, petugas minta uang pelicin {rp}.",
            "Oknum ASN pemprov {prov} menjual jasa pengurusan izin dengan tarif {rpbig}.",
            "Pungli di {smk} untuk legalisir dan pengambilan ijazah, mohon inspektorat provinsi periksa.",
            "Pegawai UPTD provinsi di {place} sering bolos dan titip absen.",
        ],
    ),
    Affair(
        "kepegawaian-daerah",
        KABKOTA,
        "",
        "topik-lainnya",
        14,
        cores=[
            "Gaji tenaga honorer di dinas {place} belum dibayar {lama}.",
            "Kami PPPK paruh waktu di {place} sampai sekarang belum terima gaji sejak {bln}.",
            "Honorer yang sudah mengabdi belasan tahun di {place} dirumahkan tanpa pesangon.",
            "BKPSDM {place} tidak transparan soal pengangkatan honorer jadi PPPK.",
            "TPP pegawai di pemda {place} dipotong tanpa penjelasan.",
            "Tenaga harian lepas di kantor kecamatan {kec} {place} digaji di bawah {rp} per bulan.",
        ],
    ),
    Affair(
        "pemadam-bencana-daerah",
        KABKOTA,
        "",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        14,
        cores=[
            "Mobil damkar datang terlambat {n} jam saat kebakaran rumah di {desa} {place}.",
            "Hidran kebakaran di {jl} {place} tidak ada airnya.",
            "Korban banjir di {desa} {place} belum menerima bantuan dari BPBD.",
            "Longsor menutup jalan di {desa} {place} sejak {tgl}, belum ada alat berat dari BPBD.",
            "Ada sarang tawon besar di pohon dekat {sd}, mohon damkar evakuasi.",
            "Rumah warga di {desa} {place} rusak diterjang puting beliung, belum ada yang mendata.",
        ],
    ),
    Affair(
        "ekonomi-daerah",
        KABKOTA,
        "",
        "ekonomi-dan-keuangan",
        18,
        cores=[
            "Timbangan pedagang di pasar {kec} {place} banyak yang curang, mohon tera ulang.",
            "Tiket masuk objek wisata pantai di {place} naik jadi {rp} tapi fasilitasnya rusak.",
            "Los pasar rakyat di {place} bocor, pedagang sudah bayar retribusi tapi tidak diperbaiki.",
            "Bantuan perahu untuk nelayan kecil di {desa} {place} salah sasaran.",
            "Tempat pelelangan ikan di {place} kotor dan becek, tidak ada saluran limbah.",
            "Kelompok tani di {desa} {place} tidak pernah dapat bantuan bibit dari dinas pertanian.",
            "Pengelola tempat wisata di {place} memungut parkir dan retribusi ganda.",
            "Banyak ternak sapi mati di {desa} {place}, dinas peternakan belum turun memeriksa.",
        ],
    ),
    Affair(
        "diskominfo-daerah",
        KABKOTA,
        "diskominfo",
        "teknologi-informasi-dan-komunikasi",
        12,
        cores=[
            "Website resmi pemkab {place} diretas dan berisi iklan judi online.",
            "Aplikasi layanan pemkot {place} error terus, tidak bisa dipakai mengurus izin.",
            "Wifi gratis pemkot di taman {place} tidak pernah nyala.",
            "Permohonan informasi publik saya ke PPID {place} tidak dijawab {lama}.",
            "Situs pemda {place} tidak diperbarui, nomor pengaduan yang tercantum tidak aktif.",
            "CCTV kota di persimpangan {jl} {place} mati semua.",
        ],
    ),
    Affair(
        "perlindungan-anak-daerah",
        KABKOTA,
        "",
        "kesetaraan-gender-dan-sosial-inklusif",
        8,
        cores=[
            "Korban kekerasan yang kami dampingi di {place} tidak dilayani UPTD PPA karena alasan berkas.",
            "P2TP2A {place} tidak punya rumah aman, korban KDRT terpaksa pulang ke rumah pelaku.",
            "Pendamping korban dari dinas PPPA {place} tidak pernah datang ke persidangan.",
        ],
    ),
    pusat_affair(
        "sp4n-lapor",
        "kemenpanrb",
        "sp4n-lapor",
        8,
        [
            "Aplikasi SP4N LAPOR error saat unggah lampiran, laporan saya gagal terkirim.",
            "Mohon KemenPANRB tinjau kebijakan penghapusan honorer, kami belum ada kepastian.",
            "Formasi PPPK guru tahun {thn} sangat sedikit dibanding kebutuhan, mohon KemenPAN RB menambah.",
            "Status laporan saya di lapor.go.id tidak berubah sejak {bln}.",
            "Penataan honorer oleh Kementerian PANRB tidak adil bagi yang masa kerjanya panjang.",
        ],
    ),
    pusat_affair(
        "setneg",
        "kemensetneg",
        "topik-lainnya",
        6,
        [
            "Surat saya untuk Presiden lewat Kementerian Sekretariat Negara sudah {lama} tidak ada balasan.",
            "Bantuan presiden yang dijanjikan saat kunjungan ke {place} belum diterima.",
            "Fasilitas olahraga di kompleks Gelora Bung Karno banyak yang rusak dan tarifnya mahal.",
            "Permohonan grasi keluarga kami belum ada kabar dari istana.",
        ],
    ),
    pusat_affair(
        "pemerintahan-dalam-negeri",
        "kemendagri",
        "politik-dan-hukum",
        8,
        [
            "Penjabat bupati di {place} membuat kebijakan yang merugikan warga, mohon Kemendagri evaluasi.",
            "Sengketa batas daerah antara dua kabupaten membuat warga {desa} tidak jelas ikut mana.",
            "Ada dugaan kekerasan terhadap praja di kampus IPDN, mohon Kemendagri usut.",
            "Pj gubernur {prov} jarang di tempat, pelayanan pemerintahan terbengkalai.",
            "Kapan pemekaran daerah kami disahkan? Sudah bertahun-tahun dijanjikan Kementerian Dalam Negeri.",
        ],
    ),
    pusat_affair(
        "luar-negeri",
        "kemlu",
        "pelindungan-wni",
        10,
        [
            "Anak saya WNI yang kuliah di luar negeri ditahan polisi setempat, KBRI belum memberi pendampingan.",
            "Paspor saya hilang saat liburan di luar negeri, KJRI lama sekali menerbitkan SPLP.",
            "Keluarga kami WNI di luar negeri terjebak konflik, mohon segera dievakuasi.",
            "Legalisasi dokumen di Kementerian Luar Negeri antreannya {lama}.",
            "WNI terlantar di bandara luar negeri karena ditipu agen wisata, KBRI tidak merespon telepon.",
            "Jenazah saudara kami yang meninggal di luar negeri belum dipulangkan, mohon bantuan Kemlu.",
        ],
        ["Mohon perwakilan RI segera bertindak."],
    ),
    pusat_affair(
        "pertahanan",
        "kemhan",
        "politik-dan-hukum",
        10,
        [
            "Oknum anggota TNI di {place} memukul warga saat cekcok di jalan.",
            "Lahan warga di {desa} {place} diklaim sebagai tanah TNI, kami punya sertifikat.",
            "Latihan menembak di markas dekat {desa} {place} pelurunya nyasar ke rumah warga.",
            "Ada calo penerimaan TNI di {place} meminta {rpbig} dijanjikan lulus.",
            "Babinsa di {desa} {place} ikut menagih utang warga dengan cara mengintimidasi.",
            "Asrama tentara di {place} membuang sampah ke sungai warga.",
        ],
        ["Mohon Kementerian Pertahanan tegur.", "Mohon Polisi Militer usut."],
    ),
    pusat_affair(
        "hukum",
        "kemenkum",
        "politik-dan-hukum",
        10,
        [
            "Notaris di {place} menahan sertifikat saya padahal akta jual beli sudah lunas dibayar.",
            "Pendaftaran PT perorangan di AHU Online gagal terus, NIK dianggap tidak valid.",
            "Merek dagang usaha saya didaftarkan orang lain di DJKI, mohon dibatalkan.",
            "Sertifikat jaminan fidusia kendaraan saya tidak pernah didaftarkan oleh leasing.",
            "Permohonan pewarganegaraan anak saya sudah {lama} tidak ada kabar dari Kementerian Hukum.",
            "Apostille ijazah saya di Kemenkum tertahan karena sistem error.",
            "Oknum notaris di {place} meminta biaya tambahan {rpbig} di luar kesepakatan.",
        ],
        ["Mohon Majelis Pengawas Notaris periksa."],
    ),
    pusat_affair(
        "hak-asasi-kementerian",
        "kemenham",
        "politik-dan-hukum",
        3,
        [
            "Mohon Kementerian HAM mengevaluasi layanan publik yang tidak ramah disabilitas di {place}.",
            "Kementerian Hak Asasi Manusia perlu membuat kebijakan perlindungan pekerja rumah tangga.",
        ],
    ),
    pusat_affair(
        "komnas-ham",
        "komnasham",
        "politik-dan-hukum",
        8,
        [
            "Warga {desa} {place} diintimidasi aparat karena menolak proyek perusahaan, mohon Komnas HAM turun.",
            "Adik saya disiksa saat ditahan, mukanya lebam, ini pelanggaran hak asasi manusia.",
            "Terjadi penembakan warga sipil saat demonstrasi di {place}, mohon diselidiki Komnas HAM.",
            "Kasus salah tangkap terhadap tetangga kami di {place}, dia dipaksa mengaku.",
            "Penggusuran paksa disertai kekerasan aparat di {desa} {place}, warga kehilangan rumah.",
        ],
    ),
    pusat_affair(
        "pendidikan-dasar-menengah-pusat",
        "kemendikdasmen",
        "pendidikan-dan-kebudayaan",
        14,
        [
            "PIP anak saya yang sekolah di {sd} tidak pernah cair, katanya dipegang sekolah.",
            "KIP anak saya di {sma} tidak pernah diterima, kata sekolah dananya dipakai untuk kegiatan.",
            "Tunjangan profesi guru saya triwulan ini belum cair, info GTK valid tapi SKTP tidak terbit.",
            "Saya sudah lulus PPG tahun {thn} tapi tunjangan sertifikasi belum dibayar.",
            "Data Dapodik sekolah kami salah, akibatnya guru tidak dapat NUPTK.",
            "Pencairan dana PIP di bank dipotong {rp} oleh oknum.",
            "Soal asesmen nasional ANBK di sekolah kami bocor, mohon Kemendikdasmen usut.",
            "Program Indonesia Pintar untuk anak yatim di {place} tidak tepat sasaran.",
            "Tunjangan khusus guru daerah terpencil di {place} sudah {lama} belum masuk.",
        ],
        ["Kami guru sudah lama menunggu.", "Mohon Kementerian Pendidikan Dasar dan Menengah cek."],
        ["Mohon Dinas Pendidikan kota bantu.", "Tolong kepala sekolah jelaskan."],
    ),
    pusat_affair(
        "kebudayaan",
        "kemenbud",
        "pendidikan-dan-kebudayaan",
        6,
        [
            "Bangunan cagar budaya di {place} dibongkar untuk ruko, mohon Kementerian Kebudayaan hentikan.",
            "Situs purbakala di {desa} {place} dijarah, batu candinya diambil orang.",
            "Candi di {place} tidak terawat, banyak coretan vandal.",
            "Naskah kuno peninggalan kerajaan di {place} rusak karena tidak ada perawatan.",
        ],
    ),
    pusat_affair(
        "industri",
        "kemenperin",
        "ekonomi-dan-keuangan",
        6,
        [
            "Kawasan industri di {place} membangun pabrik tanpa memperhatikan akses jalan warga.",
            "Sertifikat TKDN produk kami tidak kunjung keluar dari Kementerian Perindustrian.",
            "Izin usaha industri pabrik di {place} dipertanyakan, mesin beroperasi 24 jam di tengah permukiman.",
            "Kuota impor bahan baku industri kecil dipersulit, usaha kami terancam tutup.",
        ],
    ),
    pusat_affair(
        "perdagangan",
        "kemendag",
        "perlindungan-konsumen",
        10,
        [
            "Pakaian bekas impor dijual bebas di pasar {place}, merugikan penjahit lokal.",
            "Minyakita di toko {place} dijual di atas HET {rp} per liter.",
            "Beli barang elektronik impor tanpa kartu garansi dan manual berbahasa Indonesia.",
            "Barang yang saya beli di marketplace tidak sesuai pesanan, penjual online tidak mau tanggung jawab.",
            "Harga minyak goreng di {place} naik terus, stok di toko kosong.",
            "Produk mainan anak tanpa SNI dijual bebas di toko {place}.",
            "Barang impor ilegal masuk lewat pelabuhan kecil di {place} dan dijual murah.",
        ],
    ),
    pusat_affair(
        "desa",
        "kemendes",
        "pembangunan-desa-daerah-tertinggal-dan-transmigrasi",
        10,
        [
            "Pendamping desa di {desa} {place} tidak pernah datang, kegiatan desa tanpa pendampingan.",
            "Honor tenaga pendamping profesional desa terlambat {lama}, mohon Kemendes perhatikan.",
            "Status desa kami di {place} masih desa tertinggal padahal sudah banyak pembangunan, data IDM salah.",
            "Program ketahanan pangan desa dari dana desa di {desa} {place} tidak sesuai arahan kementerian desa.",
            "Daerah tertinggal di {place} tidak tersentuh program pembangunan, jalan dan listrik belum ada.",
            "Mohon Kementerian Desa evaluasi pendamping lokal desa di {kec} yang merangkap kerja lain.",
        ],
        [],
        ["Mohon Inspektorat periksa.", "Tolong bupati tegur."],
    ),
    pusat_affair(
        "transmigrasi",
        "kementrans",
        "pembangunan-desa-daerah-tertinggal-dan-transmigrasi",
        10,
        [
            "Kami transmigran di {place} sejak {thn} sampai sekarang belum menerima sertifikat lahan usaha.",
            "Lahan transmigrasi kami di {desa} {place} diserobot perusahaan sawit.",
            "Jatah hidup transmigran baru di {place} terlambat {lama}, warga kekurangan beras.",
            "Jalan di kawasan transmigrasi {kec} {place} rusak parah, hasil panen tidak bisa diangkut.",
            "Rumah transmigrasi yang dibangun untuk warga di {place} sudah rusak sebelum ditempati.",
            "Sertifikat lahan transmigrasi ganda dengan warga lokal, kami bingung mengadu ke mana.",
        ],
        ["Kami sudah lapor ke UPT transmigrasi tapi tidak ada tindakan."],
    ),
    pusat_affair(
        "pertanian",
        "kementan",
        "pertanian-dan-peternakan",
        12,
        [
            "Bantuan alsintan traktor untuk kelompok tani di {desa} {place} malah dikuasai ketua kelompok.",
            "Benih padi bantuan pemerintah pusat di {place} banyak yang tidak tumbuh.",
            "Penyuluh pertanian di {kec} {place} jarang turun ke sawah.",
            "Klaim asuransi usaha tani padi saya ditolak padahal sawah puso karena banjir.",
            "Wabah penyakit mulut dan kuku menyerang sapi di {desa} {place}, vaksin ternak belum datang.",
            "Program cetak sawah di {place} terbengkalai, lahan tidak bisa ditanami.",
            "Pompanisasi bantuan kementerian pertanian di {desa} tidak jalan, pompanya rusak.",
            "Peremajaan sawit rakyat di {place} dananya belum cair padahal kebun sudah ditebang.",
        ],
        ["Mohon Kementan cek langsung ke lapangan."],
    ),
    pusat_affair(
        "kelautan-perikanan",
        "kkp",
        "pertanian-dan-peternakan",
        12,
        [
            "Kapal ikan asing mencuri ikan di laut dekat {place}, nelayan kami kalah.",
            "Kapal di atas 30 GT memakai cantrang di perairan {place}, merusak dasar laut.",
            "Pengurusan izin kapal ikan di atas 30 GT di KKP berbelit.",
            "Pelabuhan perikanan samudera di {place} kumuh dan fasilitas pendingin rusak.",
            "Penyelundupan benih bening lobster marak lewat {place}.",
            "Kartu KUSUKA nelayan di {desa} {place} belum jadi padahal sudah daftar {lama}.",
            "Ada pagar laut yang membatasi jalur nelayan di pesisir {place}, siapa yang memberi izin?",
            "Reklamasi pantai di {place} merusak tempat nelayan mencari ikan.",
        ],
        ["Mohon Kementerian Kelautan dan Perikanan turun."],
    ),
    pusat_affair(
        "kependudukan-kb",
        "kemendukbangga",
        "kesehatan",
        10,
        [
            "Alat kontrasepsi di faskes {place} kosong, ibu-ibu tidak bisa suntik KB.",
            "Penyuluh KB di {desa} {place} tidak pernah datang.",
            "Program KB gratis di {place} ternyata dipungut biaya {rp}.",
            "Tim pendamping keluarga di {desa} {place} tidak mendampingi ibu hamil seperti janjinya.",
            "Bantuan program percepatan penurunan stunting dari BKKBN di {place} tidak sampai ke keluarga sasaran.",
            "Pemasangan IUD di {place} tanpa penjelasan efek samping, istri saya sekarang sakit.",
        ],
    ),
    pusat_affair(
        "lingkungan-nasional",
        "klh",
        "lingkungan-hidup-dan-kehutanan",
        12,
        [
            "Limbah tailing smelter nikel di {place} mencemari laut, ikan nelayan mati.",
            "PLTU di {place} menyebarkan debu batubara ke permukiman, warga sesak napas.",
            "Pabrik kelapa sawit di {place} membuang limbah ke sungai tanpa diolah.",
            "Limbah B3 dibuang sembarangan di lahan kosong {desa} {place}.",
            "Tumpahan minyak mencemari pantai {place}, pelaku belum ditindak.",
            "Proyek besar di {place} dibangun tanpa AMDAL, mohon Kementerian Lingkungan Hidup periksa.",
            "Pencemaran sungai lintas provinsi oleh pabrik kertas, warga hilir terdampak.",
        ],
        ["Perusahaannya besar, izin lingkungannya dari pusat."],
        ["Mohon DLH kabupaten tindak.", "Tolong bupati tutup pabriknya."],
    ),
    pusat_affair(
        "investasi",
        "kemeninves",
        "ekonomi-dan-keuangan",
        6,
        [
            "NIB usaha saya di OSS tidak bisa diterbitkan, sistem error terus.",
            "Perizinan berusaha berbasis risiko di OSS meminta dokumen yang tidak jelas.",
            "Investor asing di {place} membangun tanpa izin, mohon BKPM cek.",
            "Laporan LKPM di sistem OSS tidak bisa disubmit.",
        ],
    ),
    pusat_affair(
        "koperasi",
        "kemenkop",
        "ekonomi-dan-keuangan",
        10,
        [
            "Koperasi simpan pinjam di {place} tidak mengembalikan simpanan anggota.",
            "KSP tempat saya menabung gagal bayar, pengurusnya menghilang dengan uang {rpbig}.",
            "Pembentukan Koperasi Desa Merah Putih di {desa} {place} tanpa musyawarah warga.",
            "Pengurus koperasi di {place} tidak pernah menggelar RAT, laporan keuangan tidak ada.",
            "Simpanan pensiunan di koperasi karyawan {place} tidak bisa ditarik {lama}.",
            "Mohon Kementerian Koperasi menindak koperasi yang menjerat anggota dengan bunga tinggi.",
        ],
        [],
        ["Mohon OJK tindak.", "Tolong polisi tangkap pengurusnya."],
    ),
    pusat_affair(
        "umkm",
        "kemenumkm",
        "ekonomi-dan-keuangan",
        8,
        [
            "Bantuan usaha mikro yang dijanjikan untuk pelaku UMKM di {place} tidak cair.",
            "Pendaftaran pelatihan UMKM dari kementerian dipungut biaya {rp} oleh panitia.",
            "Pendampingan UMKM di {place} hanya seremonial, tidak ada bantuan pemasaran.",
            "Usaha kecil saya kesulitan dapat pembiayaan, program UMKM naik kelas tidak jelas.",
            "Produk UMKM dari {place} kalah bersaing dengan barang impor murah di marketplace.",
        ],
    ),
    pusat_affair(
        "pariwisata",
        "kemenpar",
        "ekonomi-dan-keuangan",
        5,
        [
            "Pembangunan di destinasi super prioritas menggusur warga lokal tanpa ganti rugi layak.",
            "Pemandu wisata tanpa sertifikat menipu wisatawan di kawasan strategis pariwisata nasional.",
            "Biro perjalanan wisata membatalkan tur sepihak dan tidak mengembalikan uang {rpmid}.",
        ],
    ),
    pusat_affair(
        "ekonomi-kreatif",
        "kemenekraf",
        "ekonomi-dan-keuangan",
        3,
        [
            "Program pelatihan ekonomi kreatif dari Kemenekraf di {place} tidak sesuai janji.",
            "Pelaku ekonomi kreatif di {place} tidak mendapat akses fasilitas yang dijanjikan.",
        ],
    ),
    pusat_affair(
        "perempuan-anak",
        "kemenpppa",
        "kesetaraan-gender-dan-sosial-inklusif",
        10,
        [
            "Tetangga saya di {place} sering melakukan kekerasan terhadap anaknya, kami takut melapor.",
            "Ada perkawinan anak di {desa} {place}, anak perempuan 14 tahun dinikahkan.",
            "Kasus kekerasan seksual terhadap anak di {place} tidak ditangani serius.",
            "Pelecehan seksual di tempat kerja, korban justru diancam dipecat.",
            "Anak-anak di {place} dipekerjakan sebagai buruh dan tidak sekolah, ini eksploitasi anak.",
            "Korban KDRT di {place} sudah lapor SAPA 129 tapi belum ada pendampingan.",
        ],
        [],
        ["Mohon Dinas Sosial bantu."],
    ),
    pusat_affair(
        "pemuda-olahraga",
        "kemenpora",
        "pendidikan-dan-kebudayaan",
        6,
        [
            "Bonus atlet peraih medali SEA Games belum dibayar Kemenpora.",
            "Seleksi atlet pelatnas tidak transparan, ada titipan.",
            "Kemenpora mohon perhatikan nasib atlet nasional yang sudah pensiun dan hidup susah.",
            "Dana organisasi kepemudaan dari pusat tidak jelas penggunaannya.",
        ],
    ),
    pusat_affair(
        "ombudsman",
        "ombudsman",
        "topik-lainnya",
        4,
        [
            "Saya ingin melaporkan maladministrasi instansi yang menunda pelayanan tanpa alasan ke Ombudsman.",
            "Ombudsman RI mohon periksa instansi yang mengabaikan pengaduan kami berbulan-bulan.",
        ],
    ),
    pusat_affair(
        "kejaksaan",
        "kejaksaan",
        "politik-dan-hukum",
        8,
        [
            "Pengambilan barang bukti tilang di kejaksaan negeri {place} antre seharian.",
            "Barang bukti motor saya yang sudah diputus pengadilan belum dikembalikan jaksa.",
            "Oknum jaksa di {place} meminta uang agar tuntutan diringankan.",
            "Eksekusi putusan terhadap terpidana korupsi di {place} tidak dilaksanakan kejaksaan.",
            "Laporan korupsi dana desa yang kami serahkan ke kejari {place} tidak ada kelanjutannya.",
        ],
    ),
    pusat_affair(
        "peradilan",
        "mahkamah-agung",
        "politik-dan-hukum",
        8,
        [
            "Sidang perkara saya di pengadilan negeri {place} ditunda terus, sudah {n} kali.",
            "Salinan putusan pengadilan agama {place} untuk akta cerai lama sekali keluarnya.",
            "Oknum panitera di pengadilan {place} meminta uang agar perkara cepat disidangkan.",
            "Gugatan sederhana lewat e-court tidak diproses {lama}.",
            "Hakim di pengadilan {place} diduga menerima suap, putusannya janggal.",
            "Juru sita pengadilan melakukan eksekusi rumah kami tanpa pemberitahuan.",
        ],
        [],
        ["Mohon Komisi Yudisial juga periksa."],
    ),
    pusat_affair(
        "kpk",
        "kpk",
        "politik-dan-hukum",
        8,
        [
            "Mohon KPK usut dugaan korupsi proyek miliaran di pemerintah {place}.",
            "Harta kekayaan pejabat di {place} tidak sesuai LHKPN, gaya hidupnya mewah.",
            "Ada dugaan jual beli jabatan kepala dinas di {place}, tarifnya ratusan juta.",
            "Korupsi anggota DPRD {place} dana pokok pikiran, mohon KPK selidiki.",
            "Kepala daerah di {place} diduga menerima suap perizinan tambang.",
        ],
        [],
        ["Inspektorat tidak berani memeriksa."],
    ),
    pusat_affair(
        "pengawasan-keuangan-negara",
        "bpkp",
        "politik-dan-hukum",
        3,
        [
            "Mohon BPKP melakukan audit investigatif atas proyek pembangunan di {place} yang mangkrak.",
            "Hasil audit BPKP atas dana bantuan di {place} tidak dibuka ke publik.",
        ],
    ),
    pusat_affair(
        "kepegawaian-negara",
        "bkn",
        "politik-dan-hukum",
        12,
        [
            "Hasil seleksi CPNS di {place} diduga ada titipan, nilai SKD saya tertinggi tapi tidak lulus.",
            "Akun SSCASN saya tidak bisa login saat pendaftaran CPNS ditutup hari ini.",
            "NIP PPPK saya belum terbit padahal sudah dinyatakan lulus sejak {bln}.",
            "Ada joki ujian CPNS di lokasi CAT BKN {place}.",
            "SK pensiun saya sebagai ASN belum terbit dari BKN, gaji berhenti.",
            "Kenaikan pangkat saya tertahan di BKN {lama} tanpa alasan.",
            "Calo CPNS di {place} menjanjikan kelulusan dengan bayar {rpbig}.",
            "Jadwal tes PPPK diubah mendadak tanpa pengumuman di SSCASN.",
        ],
        ["Mohon Badan Kepegawaian Negara periksa."],
        ["Mohon BKPSDM daerah jelaskan."],
    ),
    pusat_affair(
        "administrasi-negara",
        "lan",
        "politik-dan-hukum",
        3,
        [
            "Latsar CPNS diselenggarakan asal-asalan, pesertanya diminta bayar {rp}.",
            "Pelatihan kepemimpinan dari Lembaga Administrasi Negara jadwalnya berubah terus.",
        ],
    ),
    pusat_affair(
        "statistik",
        "bps",
        "topik-lainnya",
        6,
        [
            "Petugas sensus BPS tidak pernah datang ke rumah kami di {desa} {place}.",
            "Honor mitra statistik BPS di {place} belum dibayar {lama}.",
            "Data kemiskinan BPS tidak sesuai kenyataan di {place}.",
            "Ada orang mengaku petugas survei BPS meminta data pribadi dan uang.",
        ],
    ),
    pusat_affair(
        "meteorologi",
        "bmkg",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        6,
        [
            "Sirine peringatan dini tsunami di pantai {place} rusak, tidak bunyi saat diuji.",
            "Prakiraan cuaca BMKG untuk nelayan di {place} sering tidak tepat.",
            "Alat deteksi gempa di stasiun geofisika {place} dicuri, mohon BMKG ganti.",
            "Info gempa BMKG terlambat masuk ke warga {place}.",
        ],
    ),
    pusat_affair(
        "pencarian-pertolongan",
        "basarnas",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        8,
        [
            "Nelayan dari {desa} {place} hilang di laut sudah {n} hari, tim SAR belum diterjunkan.",
            "Pencarian korban tenggelam di sungai {place} dihentikan terlalu cepat oleh tim SAR.",
            "Kapal tenggelam di perairan {place}, mohon Basarnas tambah personel.",
            "Pendaki hilang di gunung dekat {place}, operasi SAR kekurangan peralatan.",
            "Kantor pencarian dan pertolongan di {place} tidak menjawab telepon darurat.",
        ],
    ),
    pusat_affair(
        "terorisme",
        "bnpt",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        5,
        [
            "Ada pengajian di {place} yang menyebarkan paham radikal dan ajakan jihad kekerasan.",
            "Saya curiga tetangga baru di {place} bagian jaringan teroris, sering menerima tamu malam.",
            "Eks napiter di {place} tidak didampingi program deradikalisasi.",
        ],
    ),
    pusat_affair(
        "siber",
        "bssn",
        "teknologi-informasi-dan-komunikasi",
        5,
        [
            "Serangan ransomware ke pusat data nasional membuat layanan publik lumpuh, mohon BSSN evaluasi.",
            "Sertifikat elektronik BSrE untuk tanda tangan dokumen kami kedaluwarsa dan tidak bisa diperpanjang.",
            "Situs kementerian diretas dan data pemerintah bocor, BSSN kemana?",
        ],
    ),
    pusat_affair(
        "riset",
        "brin",
        "pendidikan-dan-kebudayaan",
        5,
        [
            "Peneliti BRIN di daerah dipindahkan paksa ke Jakarta, riset lapangan terhenti.",
            "Tiket masuk Kebun Raya Bogor naik mahal dan fasilitas berkurang.",
            "Dana hibah riset BRIN untuk kampus kami belum cair padahal kontrak sudah ditandatangani.",
        ],
    ),
    pusat_affair(
        "pengadaan",
        "lkpp",
        "ekonomi-dan-keuangan",
        4,
        [
            "Produk kami di e-katalog LKPP tidak pernah diverifikasi {lama}.",
            "Sistem INAPROC error saat batas waktu penawaran, kami gagal ikut pengadaan.",
        ],
    ),
    pusat_affair(
        "kearsipan",
        "anri",
        "topik-lainnya",
        3,
        [
            "Arsip statis sejarah daerah {place} rusak, mohon ANRI selamatkan.",
            "Permohonan salinan arsip di Arsip Nasional lama sekali diproses.",
        ],
    ),
    pusat_affair(
        "geospasial",
        "big",
        "topik-lainnya",
        3,
        [
            "Peta batas desa dari Badan Informasi Geospasial berbeda dengan batas yang disepakati warga {desa}.",
            "Nama rupabumi pulau di {place} salah tulis di peta resmi.",
        ],
    ),
    pusat_affair(
        "standardisasi",
        "bsn",
        "perlindungan-konsumen",
        3,
        [
            "Proses sertifikasi SNI produk kami di lembaga sertifikasi sangat lama dan mahal.",
            "Ada produk berlabel SNI palsu, mohon Badan Standardisasi Nasional cek.",
        ],
    ),
    pusat_affair(
        "keamanan-laut",
        "bakamla",
        "ketenteraman-ketertiban-umum-dan-pelindungan-masyarakat",
        5,
        [
            "Kapal asing sering masuk ke perairan perbatasan dekat {place}, patroli laut jarang terlihat.",
            "Perompak merampas hasil tangkapan nelayan di laut {place}, mohon Bakamla tingkatkan patroli.",
            "Penyelundupan lewat laut di pesisir {place} terjadi tiap malam.",
        ],
    ),
    pusat_affair(
        "karantina",
        "barantin",
        "pertanian-dan-peternakan",
        6,
        [
            "Pengiriman sapi antar pulau dari {place} tertahan di karantina hewan tanpa kejelasan.",
            "Biaya sertifikat karantina untuk kirim kucing ke luar pulau mahal dan prosesnya lama.",
            "Daging impor ilegal tanpa dokumen karantina beredar di {place}.",
            "Petugas karantina tumbuhan di pelabuhan {place} minta uang tambahan.",
        ],
    ),
    pusat_affair(
        "pangan-nasional",
        "bapanas",
        "pertanian-dan-peternakan",
        8,
        [
            "Harga beras di {place} naik terus, mohon Badan Pangan Nasional stabilkan.",
            "Bantuan pangan beras 10 kg di {desa} {place} tidak dibagikan ke penerima yang terdaftar.",
            "Harga cabai dan bawang di pasar {place} melonjak menjelang lebaran.",
            "Harga gabah petani di {place} anjlok di bawah HPP saat panen raya.",
            "Beras premium yang dijual di {place} mutunya tidak sesuai label.",
        ],
    ),
    pusat_affair(
        "bumn",
        "bp-bumn",
        "ekonomi-dan-keuangan",
        6,
        [
            "Santunan Jasa Raharja untuk korban kecelakaan di {place} belum dibayar {lama}.",
            "Lahan warga di {desa} {place} diklaim PTPN, padahal sudah digarap turun-temurun.",
            "Rekrutmen bersama BUMN ada calo yang menjanjikan kelulusan.",
            "Proyek BUMN karya di {place} tidak membayar subkontraktor lokal.",
        ],
    ),
    pusat_affair(
        "pemilihan",
        "kpu",
        "politik-dan-hukum",
        10,
        [
            "Nama saya tidak ada di daftar pemilih tetap padahal sudah pindah domisili resmi ke {place}.",
            "Honor KPPS di {desa} {place} belum dibayar setelah pemilu.",
            "Petugas pantarlih tidak melakukan coklit di RT kami di {place}.",
            "Surat undangan memilih tidak dibagikan ke warga {desa} {place}.",
            "Rekapitulasi suara di Sirekap berbeda dengan hasil di TPS, mohon KPU koreksi.",
            "Banyak pemilih ganda dan orang meninggal masih masuk DPT di {place}.",
        ],
        [],
        ["Mohon Bawaslu tindak.", "Tolong Disdukcapil perbaiki data."],
    ),
    pusat_affair(
        "ibu-kota-nusantara",
        "oikn",
        "pekerjaan-umum-dan-penataan-ruang",
        4,
        [
            "Lahan warga di kawasan IKN diambil untuk proyek tanpa ganti rugi yang layak.",
            "Proyek pembangunan Ibu Kota Nusantara membuat sungai warga keruh.",
            "Otorita IKN membatasi warga lokal membangun rumah di tanahnya sendiri.",
        ],
    ),
    pusat_affair(
        "batam",
        "bp-batam",
        "ekonomi-dan-keuangan",
        6,
        [
            "Tagihan UWT lahan rumah saya di Batam naik tanpa sosialisasi dari BP Batam.",
            "Air bersih SPAM Batam mati di perumahan kami sudah {lama}.",
            "Pengalokasian lahan oleh BP Batam tumpang tindih dengan kampung tua.",
            "Antrean di Bandara Hang Nadim panjang, fasilitas rusak.",
        ],
    ),
    pusat_affair(
        "telekomunikasi-telkom",
        "telkom",
        "teknologi-informasi-dan-komunikasi",
        12,
        [
            "IndiHome di rumah saya di {place} putus-putus sudah {lama}, teknisi tidak datang.",
            "Sudah berhenti langganan IndiHome tapi tagihan tetap datang {rp} per bulan.",
            "Kabel Telkom menjuntai di {jl} {place}, membahayakan pengendara.",
            "Wifi IndiHome lemot padahal bayar paket 50 Mbps.",
            "Sinyal Telkomsel di {desa} {place} hilang total sejak {tgl}.",
            "Plasa Telkom menolak permintaan cabut layanan, disuruh lewat aplikasi yang error.",
            "Tiang Telkom roboh di depan rumah saya di {place}, belum diperbaiki.",
            "tagihan indihome naik sendiri tanpa pemberitahuan, cs cuma janji dicek",
        ],
        ["Nomor pelanggan saya ada.", "Sudah telepon call center berkali-kali."],
        ["Mohon Komdigi tegur.", "Tolong PLN cek kabelnya."],
    ),
    pusat_affair(
        "bank-bni",
        "bni",
        "ekonomi-dan-keuangan",
        6,
        [
            "Saldo rekening BNI saya berkurang tanpa transaksi, mohon dicek.",
            "Pengajuan KUR BNI di cabang {place} dipersulit.",
            "ATM BNI di {place} menelan kartu dan uang tidak keluar.",
            "Penyaluran bansos lewat BNI di {place} antre berjam-jam.",
        ],
    ),
    pusat_affair(
        "bank-mandiri",
        "bank-mandiri",
        "ekonomi-dan-keuangan",
        6,
        [
            "Transfer lewat Livin by Mandiri gagal tapi saldo terpotong {rp}.",
            "Kartu e-money Mandiri saya saldonya hilang setelah tap di gerbang.",
            "ATM BSI di {place} sering offline, nasabah kesulitan tarik tunai.",
            "Pengajuan KUR Mandiri saya ditolak tanpa alasan jelas.",
        ],
    ),
    pusat_affair(
        "bank-btn",
        "btn",
        "ekonomi-dan-keuangan",
        6,
        [
            "Sertifikat rumah saya di BTN belum diserahkan padahal KPR sudah lunas.",
            "Akad KPR BTN rumah subsidi saya di {place} ditunda terus.",
            "Bunga KPR BTN naik sepihak tanpa pemberitahuan.",
            "Bank BTN menahan dokumen rumah yang sudah lunas {lama}.",
        ],
    ),
    pusat_affair(
        "maskapai-garuda",
        "garuda-indonesia",
        "perhubungan",
        6,
        [
            "Penerbangan Garuda dari {place} dibatalkan mendadak, refund belum diterima.",
            "Bagasi saya rusak di penerbangan Garuda Indonesia, klaim ditolak.",
            "Citilink delay {n} jam tanpa kompensasi makanan.",
            "Refund tiket Garuda yang dibatalkan sudah {lama} belum masuk.",
        ],
    ),
    pusat_affair(
        "pelayaran-pelni",
        "pelni",
        "perhubungan",
        8,
        [
            "Tiket Pelni rute dari {place} habis di aplikasi tapi calo di pelabuhan masih jual.",
            "Kapal Pelni KM Kelud terlambat berangkat {n} jam tanpa informasi.",
            "Kamar dan toilet kapal Pelni kotor, air tawar habis di tengah perjalanan.",
            "Penumpang kapal Pelni melebihi kapasitas, banyak tidur di lorong.",
            "Refund tiket Pelni yang batal berlayar belum dikembalikan.",
        ],
    ),
    pusat_affair(
        "penyeberangan-asdp",
        "asdp",
        "perhubungan",
        10,
        [
            "Antrean kapal feri di Pelabuhan Merak mengular sampai {n} km.",
            "Tiket Ferizy sudah dibeli tapi di pelabuhan disuruh beli lagi karena jadwal berubah.",
            "Kapal feri penyeberangan dari {place} sudah tua dan berkarat, tidak ada pelampung cukup.",
            "Pelabuhan Ketapang Gilimanuk macet parah, petugas ASDP tidak mengatur.",
            "Penyeberangan Bakauheni dibuka tutup tanpa pengumuman, truk tertahan berhari-hari.",
            "Kapal roro dari pelabuhan penyeberangan {place} sering batal berangkat.",
        ],
        ["Mohon ASDP perbaiki pelayanan."],
        ["Mohon Dishub provinsi tertibkan."],
    ),
    pusat_affair(
        "pelabuhan-pelindo",
        "pelindo",
        "perhubungan",
        6,
        [
            "Antrean truk kontainer di pelabuhan Tanjung Priok sampai berhari-hari, sopir tidak bisa istirahat.",
            "Tarif jasa kepelabuhanan di terminal peti kemas naik sepihak.",
            "Bongkar muat di pelabuhan {place} lambat, barang kami rusak menunggu.",
            "Terminal penumpang pelabuhan {place} kumuh dan porter memaksa angkut barang.",
        ],
    ),
    pusat_affair(
        "asuransi-pensiun-taspen",
        "taspen",
        "ekonomi-dan-keuangan",
        8,
        [
            "Uang pensiun ayah saya sebagai pensiunan PNS belum masuk bulan ini.",
            "Klaim tabungan hari tua PNS di Taspen {place} dipersulit.",
            "Otentikasi Taspen lewat aplikasi gagal terus, pensiun saya ditahan.",
            "Pensiun janda untuk ibu saya belum dibayar sejak ayah meninggal {lama}.",
            "Dana pensiun guru yang sudah purnatugas belum cair di Taspen.",
        ],
    ),
    pusat_affair(
        "bus-damri",
        "damri",
        "perhubungan",
        6,
        [
            "Bus DAMRI bandara dari {place} tidak sesuai jadwal, penumpang ketinggalan pesawat.",
            "Sopir bus DAMRI ugal-ugalan dan merokok di dalam bus.",
            "Bus perintis DAMRI ke {kec} {place} berhenti beroperasi tanpa pemberitahuan.",
            "Tiket DAMRI online sudah dibayar tapi namanya tidak ada di manifes.",
        ],
    ),
]

# Terminal tipe A are the ministry's: lines for the existing perhubungan-nasional block.
AFFAIRS.append(
    pusat_affair(
        "terminal-tipe-a",
        "kemenhub",
        "perhubungan",
        10,
        [
            "{terma} kotor dan banyak calo bus AKAP yang memaksa penumpang.",
            "Toilet di {terma} berbayar dan airnya mati.",
            "Parkir di {terma} dipungut liar, tarifnya tidak sesuai.",
            "Bus AKAP di {terma} ngetem lama dan menaikkan penumpang di luar terminal.",
            "Ruang tunggu {terma} panas, kursi rusak, tidak ada informasi jadwal.",
        ],
        [],
        ["Mohon Dishub kota tertibkan."],
    )
)

# -- More lines for affairs that citizens describe without naming the body ---------------------------
# Pensions without "Taspen", heritage sites without the ministry, old mine pits, land disputes with
# plantation companies, cooking-oil prices, contraceptive supply, PIP for primary pupils, voters' lists,
# neutrality of civil servants, survey officers, permanent housing after disasters, smelter pollution,
# national parks, speedboats and coal trucks under provincial rules, provincial road sections, wages
# below the UMK (the province's labour inspectors), regional landfills, terminal tipe A, and markets
# that belong to the regency even when the governor is addressed. Written from general knowledge of
# who answers what, several wordings per affair; (lines added, cores).
MORE_CORES = {
    "asuransi-pensiun-taspen": (
        10,
        [
            "Uang pensiun bulan ini belum masuk ke rekening, katanya data pensiunan harus diperbarui dulu.",
            "Nenek saya pensiunan guru, tidak paham cara autentikasi di HP, akhirnya pensiunnya ditahan.",
            "Pensiunan PNS di {place} yang sudah terbaring sakit diminta otentikasi langsung, mohon ada layanan ke rumah.",
            "Sejak ayah wafat {lama}, pensiun janda untuk ibu belum juga dibayarkan.",
            "Autentikasi wajah pensiunan selalu gagal di aplikasi, di kantor cabang disuruh antre dari subuh.",
            "Potongan uang pensiun bulan lalu tidak jelas untuk apa, slip tidak bisa diunduh.",
            "Klaim tabungan hari tua setelah pensiun dari guru SMP belum cair {lama}.",
            "Uang pensiun almarhum PNS diblokir karena ahli waris belum lapor, padahal berkas sudah diserahkan.",
        ],
    ),
    "kebudayaan": (
        10,
        [
            "Situs cagar budaya di {place} dipagari developer dan akan diratakan untuk perumahan.",
            "Candi kecil di tengah sawah {desa} {place} tidak ada juru pelihara, batunya diambil warga.",
            "Bangunan cagar budaya bekas kantor zaman Belanda di {place} dicat ulang dan dibongkar sebagian.",
            "Kawasan situs purbakala di {place} jadi lokasi galian tanah urug, temuan kuno rusak.",
            "Arca di situs {kec} {place} dicuri dan tidak ada laporan polisi dari pengelola.",
            "Pelestarian kompleks candi di {place} terbengkalai sejak pemugaran berhenti.",
            "Situs megalitik di {place} tertutup semak dan tidak ada papan informasi sama sekali.",
            "Rumah adat berstatus cagar budaya di {place} lapuk dan hampir roboh, mohon dipugar.",
        ],
    ),
    "tambang": (
        12,
        [
            "Kolong bekas galian timah di dekat permukiman {place} tidak dipagar dan dalamnya belasan meter.",
            "Lubang bekas tambang batubara di {kec} {place} terisi air dan tidak direklamasi, sudah jadi korban jiwa.",
            "Perusahaan tambang di {place} sudah selesai menambang tapi reklamasi pascatambang tidak dikerjakan.",
            "Tambang emas perusahaan di {place} membuang lumpur ke sungai, mohon izin usaha pertambangannya dievaluasi.",
            "Tambang nikel di {place} membuka bukit, sedimen merah masuk ke pantai tempat warga mencari kerang.",
            "Penambangan timah ilegal pakai ponton di sungai {place} makin banyak.",
            "Penambangan emas tanpa izin di {kec} {place} memakai merkuri, ikan di sungai mati.",
            "Lahan bekas tambang di {place} ditinggal menganga, jaminan reklamasinya dikemanakan?",
            "Perusahaan batubara di {place} menambang di luar wilayah IUP, mohon inspektur tambang turun.",
            "Izin pertambangan di pulau kecil dekat {place} mengancam sumber air warga, mohon dicabut.",
        ],
    ),
    "pertanahan": (
        10,
        [
            "Kebun karet warga di {place} tiba-tiba masuk peta HGU perusahaan, mohon pengukuran ulang.",
            "Konflik lahan antara desa kami dan perusahaan perkebunan sawit di {place} belum diselesaikan BPN.",
            "HGU perusahaan di {place} sudah berakhir, warga minta tanahnya diredistribusi.",
            "Tanah ulayat kami di {place} diklaim masuk HGU perusahaan sawit tanpa pernah ada pelepasan adat.",
            "Sengketa lahan dengan perusahaan sawit di {kec} {place}: patok HGU dipasang di pekarangan warga.",
            "Perusahaan menggarap lahan di luar HGU-nya di {place}, mohon batas HGU dibuka ke warga.",
        ],
    ),
    "perdagangan": (
        8,
        [
            "Harga Minyakita di warung {place} Rp17.000 lebih, padahal HET jauh di bawahnya.",
            "Distributor minyak goreng rakyat di {place} mewajibkan pedagang beli produk lain.",
            "Minyak goreng kemasan sederhana di {place} dijual melebihi harga eceran tertinggi.",
            "Volume Minyakita yang saya beli tidak sampai 1 liter, mohon pengawasan takaran di tingkat produsen.",
            "Minyakita hilang dari pasaran di {place}, begitu ada harganya sudah naik di atas HET.",
        ],
    ),
    "kependudukan-kb": (
        8,
        [
            "Stok alat kontrasepsi di faskes {place} kosong {lama}, peserta KB terpaksa ke bidan swasta.",
            "Layanan KB implan di {place} berhenti karena alat kontrasepsi tidak dikirim.",
            "Pil KB dan kondom untuk akseptor di {kec} {place} tidak tersedia di puskesmas.",
            "Pemasangan IUD gratis yang dijanjikan di {place} batal karena alokon habis.",
            "Penyuluh KB tidak pernah mendata keluarga di {desa} {place}, kampung KB cuma papan nama.",
        ],
    ),
    "pendidikan-dasar-menengah-pusat": (
        10,
        [
            "Anak saya kelas 3 SD di {place} tercatat penerima PIP tapi dana tidak pernah masuk rekening.",
            "Rekening PIP siswa SD di {place} belum diaktivasi, bank minta surat keterangan dari sekolah.",
            "Bantuan PIP anak SMP kami di {place} diambil sebagian oleh pihak sekolah.",
            "Buku tabungan PIP murid SD di {place} ditahan kepala sekolah.",
            "Nama anak saya hilang dari daftar penerima PIP tahun ini padahal keluarga kami masih miskin.",
            "Pencairan PIP di {place} harus lewat calo dengan potongan.",
        ],
    ),
    "pendidikan-agama": (
        6,
        [
            "Dana PIP siswa madrasah di {place} dipotong untuk uang administrasi.",
            "PIP anak saya yang di MTs {place} tidak cair, kata madrasah belum ada SK dari Kemenag.",
            "Bantuan PIP untuk siswa MI di {place} dikumpulkan dulu oleh madrasah, orang tua tidak pegang ATM.",
        ],
    ),
    "pemilihan": (
        8,
        [
            "Saya pemilih pemula di {place}, sudah 17 tahun dan punya KTP tapi tidak masuk DPT.",
            "Beberapa warga {desa} {place} namanya hilang dari DPT, padahal pemilu sebelumnya memilih.",
            "Orang yang sudah pindah dan meninggal masih tercatat di DPT {place}, mohon pemutakhiran data pemilih.",
            "Pantarlih tidak pernah coklit ke RT kami di {place}, banyak warga belum terdaftar.",
            "Mohon kami bisa didaftarkan sebagai pemilih sebelum hari pemungutan suara.",
            "Surat undangan memilih tidak sampai ke warga {kec} {place}.",
        ],
    ),
    "pemilu": (
        8,
        [
            "Seorang lurah di {place} memakai grup WA warga untuk mengajak memilih calon bupati tertentu.",
            "Kepala sekolah negeri di {place} meminta guru honorer ikut kampanye salah satu paslon.",
            "Kepala desa di {place} hadir di panggung kampanye dan membagikan sembako bergambar calon.",
            "ASN dinas di {place} mengunggah foto bersama paslon dengan simbol jari, mohon netralitas ASN diawasi.",
            "Mobil dinas pemda {place} dipakai mengangkut atribut kampanye.",
            "Camat mengumpulkan kepala desa dan meminta mereka memenangkan petahana, ASN tidak netral.",
        ],
    ),
    "statistik": (
        8,
        [
            "Ada orang mengaku petugas BPS di {place} meminta nomor rekening dan PIN ATM warga.",
            "Pencacah sensus di {place} tidak membawa tanda pengenal, warga ragu memberi data.",
            "Honor mitra BPS untuk survei di {place} dipotong koordinator.",
            "Rumah kami di {place} tidak pernah didatangi petugas pendataan BPS.",
            "Petugas survei di {place} mengisi kuesioner sendiri tanpa bertanya ke warga.",
        ],
    ),
    "perumahan-nasional": (
        10,
        [
            "Penyerahan huntap bagi korban banjir bandang di {place} terus diundur.",
            "Hunian tetap untuk korban gempa di {place} dibangun asal, lantai retak dan atap bocor.",
            "Lokasi huntap korban bencana di {place} jauh dari sumber air dan jalan belum dibangun.",
            "Rumah subsidi yang kami beli lewat FLPP di {place} dindingnya retak dan banjir.",
            "Daftar penerima huntap di {place} tidak sesuai data korban, ada yang dapat dua unit.",
            "Pembangunan rumah relokasi korban erupsi di {place} berhenti di tengah jalan.",
        ],
    ),
    "lingkungan-nasional": (
        8,
        [
            "Asap cerobong smelter di kawasan industri {place} membuat warga batuk dan mata perih.",
            "PLTU captive milik perusahaan di {place} menumpuk abu batubara di tepi pantai.",
            "Air laut di depan kawasan smelter {place} keruh dan berbau, ikan menghilang.",
            "Emisi PLTU di {place} menyebabkan banyak balita kena ISPA, mohon audit lingkungan.",
            "Limbah tambang dan smelter di {place} dibuang tanpa pengolahan ke sungai.",
            "Izin lingkungan perusahaan smelter di {place} mohon ditinjau, debu menutupi rumah warga.",
        ],
    ),
    "kehutanan": (
        8,
        [
            "Harga tiket masuk Bromo untuk wisatawan lokal naik berkali lipat tanpa sosialisasi.",
            "Sampah pendaki menumpuk di jalur pendakian taman nasional dekat {place}.",
            "Simaksi pendakian sudah dibayar online tapi di pos ditarik lagi oleh petugas.",
            "Petugas balai taman nasional di {place} menarik tiket tanpa karcis resmi.",
            "Warga sekitar taman nasional di {place} dilarang masuk ke ladang tanpa sosialisasi.",
            "Buaya sering muncul di sungai dekat permukiman {place} dan memangsa ternak, mohon BKSDA mengevakuasi.",
            "Beruang masuk kebun warga di {place}, mohon petugas konservasi menangani.",
        ],
    ),
    "perhubungan-provinsi": (
        14,
        [
            "Speedboat rute antar pulau di {place} berangkat tanpa manifes dan penumpang melebihi kapasitas.",
            "Kapal cepat antar kabupaten dari {place} menaikkan tarif tanpa persetujuan.",
            "Speedboat yang melayani {place} ke pulau seberang sudah tua, mesinnya sering mogok.",
            "Angkutan batubara di {place} masih melintas jalan umum di luar jam yang diatur pergub.",
            "Konvoi truk batu bara di jalan umum {place} membuat macet dan jalan hancur, mohon dishub provinsi tegas.",
            "Pos pengawasan angkutan batubara di {place} membiarkan truk melanggar jam operasional.",
            "Kapal antar pulau dalam provinsi dari {place} tidak punya pelampung untuk semua penumpang.",
        ],
    ),
    "jalan-provinsi": (
        10,
        [
            "Ruas jalan provinsi yang menghubungkan {place} dengan kabupaten tetangga penuh lubang.",
            "Jalan provinsi di {kec} {place} rusak parah, truk sawit dan kayu lewat setiap hari.",
            "Perbaikan jalan provinsi di {place} hanya tambal sulam, setelah hujan rusak lagi.",
            "Jalan provinsi di {place} amblas, hanya bisa dilewati satu kendaraan.",
            "Ruas jalan provinsi di {place} tanpa penerangan dan marka, sering kecelakaan malam hari.",
            "Jalan provinsi menuju objek wisata di {place} sempit dan berlubang.",
            "Jembatan di ruas jalan provinsi dekat {place} lantainya berlubang.",
        ],
    ),
    "jalan-nasional": (
        6,
        [
            "Jalan nasional di {place} tergenang banjir rob, truk mogok dan antrean panjang.",
            "Jembatan di jalan nasional dekat {place} rusak diterjang banjir, jembatan darurat sempit.",
            "Jalur Puncak Bogor berlubang dan macet parah saat akhir pekan.",
            "Jalan lintas Sumatera di {place} bergelombang dan berlubang, sudah banyak kecelakaan.",
            "Jalur pantura di {place} ambles di beberapa titik, mohon ditinggikan dan diperbaiki.",
            "Tebing di jalan nasional {place} longsor, penanganannya hanya sementara.",
        ],
    ),
    "ketenagakerjaan-provinsi": (
        6,
        [
            "Pabrik sepatu di {place} membayar buruh di bawah UMK dan tidak membayar lembur.",
            "Upah pegawai minimarket di {place} di bawah UMK, mohon pengawas ketenagakerjaan memeriksa.",
            "Perusahaan di {place} mengupah karyawan tetap di bawah UMK dan mengancam memecat yang protes.",
            "Buruh harian di {place} bekerja 12 jam sehari dengan upah jauh di bawah UMK.",
            "Mohon pemeriksaan norma kerja di pabrik {place}: upah di bawah UMK dan tanpa BPJS.",
        ],
    ),
    "lingkungan-provinsi": (
        8,
        [
            "TPA regional yang melayani {place} dan kabupaten sekitarnya sudah overload.",
            "Penutupan TPST Piyungan membuat sampah warga menumpuk di pinggir jalan.",
            "Truk sampah dari {place} antre berjam-jam di TPA regional, jadwal pembuangan dibatasi.",
            "Air lindi dari TPA regional dekat {place} mencemari sawah, mohon provinsi bertindak.",
        ],
    ),
    "terminal-tipe-a": (
        8,
        [
            "Calo tiket bus AKAP di Terminal Kampung Rambutan memaksa penumpang naik bus tertentu.",
            "Terminal Pulo Gebang kurang petugas, bus AKAP malah ngetem di luar terminal.",
            "Ruang tunggu Terminal Kalideres panas dan kursinya rusak.",
            "Di {terma} penumpang dipaksa membayar porter, mohon ditertibkan.",
            "Informasi jadwal bus AKAP di {terma} tidak ada.",
        ],
    ),
    "ekonomi-daerah": (
        5,
        [
            "Bapak Gubernur, pasar tradisional di {place} atapnya bocor dan becek, mohon pemkab merevitalisasi.",
            "Yth. Gubernur, los di pasar {place} banyak yang kosong dan kotor.",
            "Pasar di {place} retribusinya jalan terus tapi kebersihan dan drainasenya tidak diurus.",
            "Tiket masuk kawasan wisata di {place} naik tapi toilet dan dermaga wisatanya rusak.",
            "Retribusi masuk objek wisata di {place} tidak pakai karcis resmi.",
            "Kios di pasar yang baru direvitalisasi di {place} diperjualbelikan oknum.",
        ],
    ),
    "ketertiban": (
        10,
        [
            "PKL kembali menutup trotoar di pusat kota {place} beberapa hari setelah penertiban.",
            "Lapak PKL di trotoar dekat taman {place} dibiarkan menginap, pejalan kaki terpaksa ke jalan.",
            "PKL memenuhi trotoar depan stasiun {place}, jalan jadi sempit dan macet.",
            "PKL berjualan di bahu jalan sekitar tugu {place}, mohon ditertibkan dan direlokasi.",
            "Ternak dibiarkan berkeliaran di jalan raya {place}, perda ternak tidak ditegakkan.",
        ],
    ),
    "setneg": (
        6,
        [
            "Fasilitas olahraga di kawasan GBK banyak yang rusak dan tidak diperbaiki.",
            "Parkir liar di sekitar Gelora Bung Karno saat konser, tarif tidak resmi.",
            "Pengelola kawasan GBK menutup akses pejalan kaki tanpa pemberitahuan.",
            "Toilet umum di kompleks GBK Senayan kotor dan rusak.",
        ],
    ),
    "pariwisata": (
        6,
        [
            "Penataan kawasan oleh badan otorita pariwisata di Labuan Bajo menggusur pedagang kecil.",
            "Pembangunan di destinasi super prioritas menutup akses warga ke pantai.",
            "Badan otorita Danau Toba mengambil lahan warga untuk kawasan wisata tanpa musyawarah.",
            "Badan otorita Borobudur tidak transparan soal rencana kawasan, warga sekitar cemas.",
        ],
    ),
    "industri": (
        6,
        [
            "Program restrukturisasi mesin untuk IKM di {place} tidak jelas pencairannya.",
            "Bantuan mesin untuk industri kecil menengah di {place} tidak sesuai spesifikasi.",
            "Sentra IKM di {place} dijanjikan pembinaan dari kementerian tapi tidak ada tindak lanjut.",
            "Sertifikat TKDN produk kami sudah diajukan {lama} belum terbit.",
        ],
    ),
    "komnas-ham": (
        6,
        [
            "Warga {place} yang menolak proyek ditangkap tanpa surat dan mengalami kekerasan di tahanan.",
            "Kami masyarakat adat di {place} diintimidasi aparat karena mempertahankan tanah.",
            "Keluarga kami ditahan tanpa akses pengacara setelah demo di {place}, mohon Komnas HAM turun.",
            "Aparat memukuli warga yang memprotes penggusuran di {place}.",
        ],
    ),
    "pelabuhan-pelindo": (
        6,
        [
            "Truk pengangkut barang antre berhari-hari di pelabuhan {place}, ada pungutan agar bisa masuk duluan.",
            "Bongkar muat di pelabuhan {place} lambat, kapal menunggu sandar berhari-hari.",
            "Truk kontainer antre di gerbang pelabuhan {place} sampai ke jalan raya.",
            "Pungli terhadap sopir truk di area pelabuhan {place} masih terjadi.",
        ],
    ),
    "pelayaran-pelni": (
        6,
        [
            "Tiket kapal Pelni dari {place} sulit didapat di loket, calo menjual jauh lebih mahal.",
            "Kapal Pelni terlambat berangkat dari {place} tanpa informasi.",
            "Kapal Pelni rute {place} kotor, kamar mandi rusak dan makanan basi.",
            "Penjualan tiket kapal Pelni online error, di loket dibilang penuh padahal kapal kosong.",
        ],
    ),
    "penyeberangan-asdp": (
        8,
        [
            "Kapal roro di lintasan {place} berhenti beroperasi untuk perawatan tanpa kapal pengganti.",
            "Antrean kendaraan di pelabuhan penyeberangan saat libur panjang mengular berjam-jam.",
            "Tiket Ferizy selalu habis di aplikasi tapi calo di luar pelabuhan punya.",
            "Kapal feri lintasan {place} sering batal berangkat karena kapal rusak.",
            "Hanya sebagian dermaga penyeberangan yang beroperasi saat arus mudik.",
        ],
    ),
    "bus-damri": (
        6,
        [
            "Bus DAMRI dari bandara ke {place} tidak datang sesuai jadwal, penumpang menunggu lama.",
            "Jadwal bus DAMRI bandara di aplikasi tidak sesuai kenyataan, bus tidak datang.",
            "Bus DAMRI rute bandara sering batal tanpa pemberitahuan, tiket tidak dikembalikan.",
        ],
    ),
    "perbankan": (
        6,
        [
            "Pengajuan KUR mikro di unit BRI {place} dipersulit, diminta agunan tambahan.",
            "Ada oknum mantri BRI yang meminta imbalan agar KUR disetujui.",
            "KUR saya ditolak tanpa alasan, padahal usaha sudah jalan {n} tahun.",
        ],
    ),
    "ibu-kota-nusantara": (
        4,
        [
            "Nilai ganti rugi lahan warga {place} yang terkena proyek IKN tidak sesuai kesepakatan.",
            "Rumah warga di sekitar kawasan IKN akan dibongkar padahal ganti ruginya belum jelas.",
        ],
    ),
    "kesehatan-kabkota": (
        3,
        [
            "Banyak anjing liar di {place} dan sudah ada warga digigit, mohon vaksinasi rabies.",
            "Vaksin anti rabies di puskesmas {place} kosong.",
        ],
    ),
    "pendidikan-menengah": (
        4,
        [
            "SPMB SMA negeri di {place} jalur domisili diduga curang, banyak KK titipan dekat sekolah.",
            "Hasil seleksi penerimaan murid baru SMAN di {place} tidak membuka daftar jarak rumah.",
            "Anak kami ditolak di SMA negeri terdekat di {place}, sementara yang rumahnya jauh diterima.",
            "Sumbangan komite di SMA negeri {place} ditetapkan sepihak dan memberatkan.",
        ],
    ),
    "rumah-sakit-provinsi": (
        10,
        [
            "Stok obat untuk pasien penyakit kronis di {rsprov} sering kosong.",
            "Antrean online {rsprov} tidak berguna, tetap harus ambil nomor di loket.",
            "Jadwal operasi di {rsprov} diundur berkali-kali tanpa kepastian.",
            "Pasien rujukan dari kabupaten lain di {rsprov} menunggu kamar di lorong IGD.",
            "Pelayanan poli di {rsprov} lambat, dokter datang terlambat.",
        ],
    ),
}
for _affair in AFFAIRS:
    _more = MORE_CORES.get(_affair.code)
    if _more:
        _affair.count += _more[0]
        _affair.cores.extend(_more[1])
    if _affair.code == "diskominfo-daerah":
        # one Jakarta line, so the province's Diskominfo (Jakarta's cities are administrative) is a role too
        _affair.forced = [*_affair.forced, "31.73"]

if __name__ == "__main__":
    main()
