package org.asylon.training.persona;

import static org.asylon.training.persona.Origin.written;

import java.util.List;
import org.asylon.training.persona.Origin.Written;
import org.asylon.training.persona.Persona.Script;

/**
 * The origins a cohort is drawn from, across the four scripts officers meet most: Arabic (Arabic,
 * Dari, Pashto), Cyrillic, Ethiopic (Ge'ez: Tigrinya, Amharic) and Latin (with Somali's x, c and
 * doubled vowels). Given names are common ones with their usual transliterations (Mohammed,
 * Muhammad, Mohamed, Maxamed …); surnames are built from the syllables here, so that a full name is
 * invented. Everything here is made up for training.
 */
final class Origins {

    private Origins() {}

    private static final List<String> ARABIC_FEMALE =
            List.of(
                    "Fatima|فاطمة|Fatma,Fatimah",
                    "Aisha|عائشة|Aicha,Ayesha",
                    "Maryam|مريم|Mariam,Meryem",
                    "Layla|ليلى|Leila,Laila",
                    "Nour|نور|Noor,Nur",
                    "Huda|هدى|Hoda",
                    "Zainab|زينب|Zeinab,Zaynab",
                    "Amal|أمل|Amel",
                    "Rania|رانيا|Ranya",
                    "Salma|سلمى|Selma",
                    "Hanan|حنان|Hanane");

    private static final List<String> ARABIC_MALE =
            List.of(
                    "Mohammed|محمد|Muhammad,Mohamed,Mohammad",
                    "Yusuf|يوسف|Yousef,Youssef,Yousif",
                    "Ahmad|أحمد|Ahmed",
                    "Omar|عمر|Umar,Omer",
                    "Khaled|خالد|Khalid",
                    "Hassan|حسن|Hasan",
                    "Ali|علي|Aly",
                    "Ibrahim|إبراهيم|Ebrahim,Ibraheem",
                    "Mustafa|مصطفى|Mostafa,Moustafa",
                    "Abdullah|عبدالله|Abdallah,Abdulla",
                    "Tariq|طارق|Tarek,Tarik");

    private static final List<String> ARABIC_STEMS =
            List.of(
                    "Qa|قا|Ka,Ga",
                    "Ra|را",
                    "Ma|ما",
                    "Sha|شا|Cha",
                    "Da|دا",
                    "Ba|با",
                    "Na|نا",
                    "Ta|تا",
                    "Za|زا",
                    "Ja|جا|Dja",
                    "Kha|خا|Cha",
                    "Su|سو|Sou",
                    "Lu|لو|Lou",
                    "Mu|مو|Mou",
                    "Hu|هو|Hou",
                    "Bu|بو|Bou",
                    "Fi|في|Fee");

    private static final List<String> ARABIC_ENDINGS =
            List.of("ri|ري|ry", "di|دي|dy", "ni|ني|ny", "wi|وي|wy", "si|سي|sy", "li|لي|ly");

    private static final String ARABIC_PREFIX = "Al-|ال|El-,Al ,";

    private static Origin arabic(
            String nationality,
            String country,
            int weight,
            String firstAsylum,
            List<String> languages,
            String... reasons) {
        return new Origin(
                nationality,
                country,
                languages,
                Script.ARABIC,
                weight,
                firstAsylum,
                false,
                1,
                written(ARABIC_FEMALE.toArray(String[]::new)),
                written(ARABIC_MALE.toArray(String[]::new)),
                written(ARABIC_STEMS.toArray(String[]::new)),
                written(ARABIC_ENDINGS.toArray(String[]::new)),
                written(ARABIC_ENDINGS.toArray(String[]::new)),
                Written.of(ARABIC_PREFIX),
                List.of(reasons));
    }

    private static Origin afghan(String language) {
        return new Origin(
                "AFG",
                "Afghanistan",
                List.of(language, language.equals("prs") ? "pus" : "prs"),
                Script.ARABIC,
                6,
                "PAK",
                false,
                1,
                written(
                        "Zahra|زهرا|Zahraa",
                        "Parwana|پروانه|Parvana",
                        "Shabnam|شبنم|Shabnum",
                        "Fereshta|فرشته|Freshta,Fereshteh",
                        "Mina|مینا|Meena",
                        "Nilofar|نیلوفر|Nilufar,Niloufar",
                        "Mariam|مریم|Maryam"),
                written(
                        "Ahmad|احمد|Ahmed",
                        "Farid|فرید|Fareed",
                        "Najib|نجیب|Najeeb",
                        "Wahid|وحید|Waheed",
                        "Hamid|حمید|Hameed",
                        "Mohammad|محمد|Muhammad,Mohammed,Mohamed",
                        "Rahim|رحیم|Raheem",
                        "Javid|جاوید|Jawid,Javed"),
                written(
                        "Ka|کا|Qa",
                        "Ra|را",
                        "Ma|ما",
                        "Sa|سا",
                        "Da|دا",
                        "Ba|با",
                        "Na|نا",
                        "Za|زا",
                        "Sha|شا",
                        "Gu|گو|Gou",
                        "Lu|لو|Lou",
                        "Pa|پا"),
                written("zai|زی|zay,zei", "khel|خیل|khail,kheil", "yar|یار", "di|دی|dy"),
                written("zai|زی|zay,zei", "khel|خیل|khail,kheil", "yar|یار", "di|دی|dy"),
                null,
                List.of(
                        "was threatened for having worked as a driver for a foreign organisation",
                        "fled after the family received threats for sending the girls to school",
                        "was pressed to join an armed group"));
    }

    private static Origin cyrillic(
            String nationality,
            String country,
            int weight,
            List<String> languages,
            String[] female,
            String[] male,
            String[] stems,
            String[] endings,
            String[] femaleEndings,
            String... reasons) {
        return new Origin(
                nationality,
                country,
                languages,
                Script.CYRILLIC,
                weight,
                null,
                true,
                1,
                written(female),
                written(male),
                written(stems),
                written(endings),
                written(femaleEndings),
                null,
                List.of(reasons));
    }

    private static final String[] CYRILLIC_STEMS = {
        "Ko|Ко",
        "Va|Ва",
        "Ly|Ли|Li",
        "Pe|Пе",
        "Hor|Гор|Gor",
        "Dy|Ди|Di",
        "Ro|Ро",
        "Sa|Са",
        "Ma|Ма",
        "Bo|Бо",
        "Khy|Хи|Hy,Khi",
        "Tu|Ту",
        "Ze|Зе",
        "Nu|Ну"
    };

    private static Origin ethiopic(
            String nationality,
            String country,
            int weight,
            String firstAsylum,
            List<String> languages,
            String[] female,
            String[] male,
            String... reasons) {
        return new Origin(
                nationality,
                country,
                languages,
                Script.ETHIOPIC,
                weight,
                firstAsylum,
                false,
                1,
                written(female),
                written(male),
                written(
                        "Te|ተ",
                        "Se|ሰ",
                        "Ma|ማ",
                        "Ri|ሪ",
                        "Ke|ከ|Ka",
                        "Lo|ሎ",
                        "Ne|ነ",
                        "Ber|በር|Bir",
                        "Hab|ሃብ|Hap",
                        "Ges|ገስ|Gis",
                        "Des|ደስ|Dis",
                        "Wel|ወል|Wol",
                        "Zer|ዘር|Zar",
                        "Mes|መስ|Mas",
                        "Lu|ሉ",
                        "Da|ዳ",
                        "Yo|ዮ",
                        "Go|ጎ",
                        "Bi|ቢ"),
                // a "-e" stem joined to a saint's name is written apart, joined or hyphenated:
                // Habte Mariam, Habtemariam, Habte-Mariam
                written(
                        "te|ተ",
                        "re|ረ",
                        "le|ለ",
                        "de|ደ",
                        "ne|ነ",
                        "so|ሶ",
                        "te Mariam|ተ ማርያም",
                        "de Giorgis|ደ ጊዮርጊስ|de Giyorgis,de Ghiorghis",
                        "le Mikael|ለ ሚካኤል|le Michael,le Mikail"),
                written(
                        "te|ተ",
                        "re|ረ",
                        "le|ለ",
                        "de|ደ",
                        "ne|ነ",
                        "so|ሶ",
                        "te Mariam|ተ ማርያም",
                        "de Giorgis|ደ ጊዮርጊስ|de Giyorgis,de Ghiorghis",
                        "le Mikael|ለ ሚካኤል|le Michael,le Mikail"),
                null,
                List.of(reasons));
    }

    private static Origin latin(
            String nationality,
            String country,
            int weight,
            String firstAsylum,
            boolean wifeTakesSurname,
            int surnamesPerPerson,
            List<String> languages,
            String[] female,
            String[] male,
            String[] stems,
            String[] endings,
            String... reasons) {
        return new Origin(
                nationality,
                country,
                languages,
                Script.LATIN,
                weight,
                firstAsylum,
                wifeTakesSurname,
                surnamesPerPerson,
                written(female),
                written(male),
                written(stems),
                written(endings),
                written(endings),
                null,
                List.of(reasons));
    }

    static final List<Origin> ALL =
            List.of(
                    arabic(
                            "SYR",
                            "Syria",
                            12,
                            "JOR",
                            List.of("ara", "kmr"),
                            "fled the shelling of the neighbourhood",
                            "was called up for military service and refused to serve",
                            "was detained and beaten at a checkpoint"),
                    arabic(
                            "SDN",
                            "Sudan",
                            10,
                            "EGY",
                            List.of("ara"),
                            "fled the fighting that burned the town",
                            "was targeted by a militia because of the family's ethnicity",
                            "lost the family house in the fighting"),
                    arabic(
                            "IRQ",
                            "Iraq",
                            6,
                            "JOR",
                            List.of("ara", "ckb"),
                            "was threatened by a militia",
                            "received threats after speaking out against corruption"),
                    arabic(
                            "YEM",
                            "Yemen",
                            5,
                            "DJI",
                            List.of("ara"),
                            "fled air strikes on the city",
                            "was pressed to fight for an armed group"),
                    afghan("prs"),
                    afghan("pus"),
                    cyrillic(
                            "UKR",
                            "Ukraine",
                            6,
                            List.of("ukr", "rus"),
                            new String[] {
                                "Olena|Олена|Elena,Yelena", "Iryna|Ірина|Irina",
                                "Nataliia|Наталія|Natalia,Natalya", "Yuliia|Юлія|Yulia,Julia",
                                "Oksana|Оксана", "Kateryna|Катерина|Katerina,Ekaterina"
                            },
                            new String[] {
                                "Oleksandr|Олександр|Aleksandr,Alexander,Oleksander",
                                "Andriy|Андрій|Andrii,Andrey,Andrei",
                                "Serhiy|Сергій|Serhii,Sergey,Sergei",
                                "Dmytro|Дмитро|Dmitry,Dmitri",
                                "Mykola|Микола|Nikolai,Nikolay",
                                "Yuriy|Юрій|Yurii,Yuri"
                            },
                            CYRILLIC_STEMS,
                            new String[] {
                                "lenko|ленко", "chuk|чук|tchouk", "niuk|нюк|nyuk", "ryk|рик|rik"
                            },
                            new String[] {
                                "lenko|ленко", "chuk|чук|tchouk", "niuk|нюк|nyuk", "ryk|рик|rik"
                            },
                            "fled the war after the town was shelled",
                            "lost the family home to a missile strike"),
                    cyrillic(
                            "RUS",
                            "Russia",
                            4,
                            List.of("rus"),
                            new String[] {
                                "Svetlana|Светлана", "Ekaterina|Екатерина|Yekaterina",
                                "Maria|Мария|Mariya", "Anastasia|Анастасия|Anastasiya",
                                "Olga|Ольга", "Tatiana|Татьяна|Tatyana"
                            },
                            new String[] {
                                "Aleksei|Алексей|Alexey,Alexei",
                                "Ivan|Иван",
                                "Pavel|Павел",
                                "Dmitry|Дмитрий|Dmitri,Dmitriy",
                                "Sergei|Сергей|Sergey",
                                "Mikhail|Михаил|Michail"
                            },
                            CYRILLIC_STEMS,
                            new String[] {"rov|ров|roff", "nin|нин", "lev|лев|lew"},
                            new String[] {"rova|рова", "nina|нина", "leva|лева|lewa"},
                            "was prosecuted for taking part in a protest",
                            "left to avoid being mobilised for the war"),
                    cyrillic(
                            "BLR",
                            "Belarus",
                            3,
                            List.of("bel", "rus"),
                            new String[] {
                                "Volha|Вольга|Olga", "Aliaksandra|Аляксандра|Alexandra",
                                "Iryna|Ірына|Irina", "Hanna|Ганна|Anna"
                            },
                            new String[] {
                                "Aliaksandr|Аляксандр|Alexander,Aleksandr",
                                "Siarhei|Сяргей|Sergei,Sergey",
                                "Pavel|Павел|Paval",
                                "Andrei|Андрэй|Andrey"
                            },
                            CYRILLIC_STEMS,
                            new String[] {
                                "levich|левіч|lewicz,levitch", "ronak|ронак", "denka|дзенка|denko"
                            },
                            new String[] {
                                "levich|левіч|lewicz,levitch", "ronak|ронак", "denka|дзенка|denko"
                            },
                            "was arrested and beaten after a protest"),
                    cyrillic(
                            "KGZ",
                            "Kyrgyzstan",
                            3,
                            List.of("kir", "rus"),
                            new String[] {
                                "Aigul|Айгүл|Aygul,Aigyul", "Aizada|Айзада|Ayzada",
                                "Nazgul|Назгүл|Nazgyul", "Cholpon|Чолпон|Tcholpon"
                            },
                            new String[] {
                                "Azamat|Азамат",
                                "Bakyt|Бакыт|Bakit",
                                "Nurlan|Нурлан",
                                "Ermek|Эрмек",
                                "Aibek|Айбек|Aybek"
                            },
                            CYRILLIC_STEMS,
                            new String[] {"bekov|беков|bekow", "tbaev|тбаев|tbayev"},
                            new String[] {"bekova|бекова|bekowa", "tbaeva|тбаева|tbayeva"},
                            "was threatened by a former employer"),
                    cyrillic(
                            "TJK",
                            "Tajikistan",
                            3,
                            List.of("tgk", "rus"),
                            new String[] {
                                "Dilnoza|Дилноза",
                                "Madina|Мадина",
                                "Zarina|Зарина",
                                "Nigora|Нигора|Nigara"
                            },
                            new String[] {
                                "Firuz|Фируз|Firouz", "Rustam|Рустам|Rustem",
                                "Farrukh|Фаррух|Farukh", "Bahrom|Баҳром|Bakhrom"
                            },
                            CYRILLIC_STEMS,
                            new String[] {"zoda|зода|zade,zada"},
                            new String[] {"zoda|зода|zade,zada"},
                            "was questioned by the police about a relative abroad"),
                    ethiopic(
                            "ERI",
                            "Eritrea",
                            10,
                            "ETH",
                            List.of("tir"),
                            new String[] {
                                "Senait|ሰናይት|Senayt", "Helen|ሄለን|Hellen", "Selam|ሰላም|Salam",
                                "Tsega|ጸጋ|Tsegga,Tsiga", "Almaz|ኣልማዝ|Almas", "Ruta|ሩታ|Ruth"
                            },
                            new String[] {
                                "Habtemariam|ሃብተማርያም|Habte Mariam,Habte-Mariam,Habtemaryam",
                                "Tesfay|ተስፋይ|Tesfai,Tesfaye",
                                "Yonas|ዮናስ|Jonas,Yonus",
                                "Kidane|ኪዳነ|Kidana",
                                "Dawit|ዳዊት|David,Dawet",
                                "Abraham|ኣብርሃም|Abrham,Abreham"
                            },
                            "fled indefinite national service",
                            "was imprisoned without trial for practising a faith the state does not recognise"),
                    ethiopic(
                            "ETH",
                            "Ethiopia",
                            6,
                            "KEN",
                            List.of("amh"),
                            new String[] {
                                "Meron|ሜሮን",
                                "Selamawit|ሰላማዊት|Selamavit",
                                "Hiwot|ሕይወት|Hiwet,Heywot",
                                "Almaz|አልማዝ|Almas",
                                "Mekdes|መቅደስ|Meqdes",
                                "Bethlehem|ቤተልሔም|Betelhem,Bethelhem"
                            },
                            new String[] {
                                "Habtemariam|ሀብተማርያም|Habte Mariam,Habte-Mariam",
                                "Tesfaye|ተስፋዬ|Tesfay,Tesfaie",
                                "Yonas|ዮናስ|Jonas",
                                "Dawit|ዳዊት|David",
                                "Getachew|ጌታቸው|Getachaw",
                                "Mulugeta|ሙሉጌታ|Mulu Geta"
                            },
                            "left after ethnic violence in the home region",
                            "was detained for supporting an opposition party"),
                    latin(
                            "SOM",
                            "Somalia",
                            10,
                            "KEN",
                            false,
                            1,
                            List.of("som", "ara"),
                            new String[] {
                                "Faadumo||Fadumo,Fatima",
                                "Xaliimo||Halima,Halimo",
                                "Caasha||Asha,Aisha",
                                "Ayaan||Ayan",
                                "Hodan||Hodon",
                                "Sahra||Sahro"
                            },
                            new String[] {
                                "Maxamed||Mohamed,Mohammed,Muhammad",
                                "Cabdi||Abdi",
                                "Xasan||Hassan,Hasan",
                                "Cali||Ali",
                                "Yuusuf||Yusuf,Yousef",
                                "Cumar||Omar,Umar"
                            },
                            new String[] {
                                "Xir||Hir",
                                "Caa||Aa",
                                "Dhu||Dhoo",
                                "Guu||Gu",
                                "Lee||Le",
                                "Maa||Ma",
                                "Ool||Ol",
                                "Sug||Sugh",
                                "Baa||Ba",
                                "Xaw||Haw",
                                "Koo||Ko"
                            },
                            new String[] {"le||leh", "ow||o", "ey||ei", "aad||ad"},
                            "was threatened by an armed group that recruits young people",
                            "fled after the family's land was taken by force"),
                    latin(
                            "COD",
                            "the Democratic Republic of the Congo",
                            6,
                            "UGA",
                            true,
                            1,
                            List.of("lin", "fra", "swa"),
                            new String[] {
                                "Grace||Grâce",
                                "Esther",
                                "Merveille||Merveil",
                                "Chantal",
                                "Nadège||Nadege",
                                "Gloire"
                            },
                            new String[] {
                                "Jean-Pierre||Jean Pierre", "Patrick", "Christian",
                                "Dieudonné||Dieudonne", "Blaise", "Fiston"
                            },
                            new String[] {
                                "Ka",
                                "Lo",
                                "Ngo",
                                "Mbe||Mbé",
                                "Tshi||Chi,Tchi",
                                "Lu||Lou",
                                "Ba",
                                "Ke",
                                "Nda",
                                "Se",
                                "Mu||Mou",
                                "Ki",
                                "Bo"
                            },
                            new String[] {"nga", "ko", "mba", "la", "di||dy"},
                            "fled an armed group that attacked the village in the east",
                            "was threatened after reporting abuses by soldiers"),
                    latin(
                            "GIN",
                            "Guinea",
                            6,
                            null,
                            true,
                            1,
                            List.of("fuf", "sus", "fra"),
                            new String[] {
                                "Fatoumata||Fatumata,Fatimata",
                                "Aïssatou||Aissatou,Aysatu",
                                "Mariama||Mariam",
                                "Kadiatou||Kadiatu,Khadiatou",
                                "Hawa||Awa",
                                "Djénabou||Djenabou,Jenabu"
                            },
                            new String[] {
                                "Mamadou||Mamadu,Mohamadou", "Alpha||Alfa", "Ibrahima||Ibrahim",
                                "Ousmane||Usman,Ousman", "Thierno||Tierno,Cherno", "Sékou||Sekou"
                            },
                            new String[] {
                                "Dia||Jia",
                                "Kou||Ku",
                                "Ba",
                                "Ca||Ka",
                                "Fo",
                                "Lé||Le",
                                "Tou||Tu",
                                "Sa",
                                "Dou||Du"
                            },
                            new String[] {"ré||re", "té||te", "no", "ma", "bé||be"},
                            "was beaten at a political demonstration and then sought by the police",
                            "fled a forced marriage"),
                    latin(
                            "VEN",
                            "Venezuela",
                            6,
                            "PER",
                            false,
                            2,
                            List.of("spa"),
                            new String[] {
                                "María||Maria", "Andreína||Andreina", "Yoselin||Yoselyn,Joselin",
                                "Daniela", "Génesis||Genesis", "Oriana"
                            },
                            new String[] {
                                "José||Jose",
                                "Carlos",
                                "Luis",
                                "Jesús||Jesus",
                                "Yonathan||Jonathan,Yonatan",
                                "Daniel"
                            },
                            new String[] {
                                "Mar", "Ve", "Lo", "Ca", "Ri", "Bel", "Ta", "Sor", "Gua||Wa", "Ar"
                            },
                            new String[] {"vélez||velez", "lán||lan", "ero", "ales", "ena"},
                            "was threatened by a paramilitary group for criticising the government",
                            "could no longer get treatment or food for the family"),
                    latin(
                            "COL",
                            "Colombia",
                            5,
                            "ECU",
                            false,
                            2,
                            List.of("spa"),
                            new String[] {
                                "Camila",
                                "Valentina",
                                "Leidy||Lady,Leydi",
                                "Yuliana||Juliana",
                                "Marcela",
                                "Dayana||Diana,Dayanna"
                            },
                            new String[] {
                                "Juan Camilo||Juan-Camilo", "Andrés||Andres",
                                        "Sebastián||Sebastian",
                                "Brayan||Bryan,Brian", "Wilmer||Wilmar", "Jhon||John,Jon"
                            },
                            new String[] {
                                "Ro", "Pe", "Ga", "Mon", "Qui||Ki", "Es", "Lu", "Va", "Ce"
                            },
                            new String[] {"driguera", "ñales||nales", "tero", "ciño||cino", "ros"},
                            "was threatened by an armed group that controls the area",
                            "had a relative killed by an armed group for refusing to pay"),
                    latin(
                            "HTI",
                            "Haiti",
                            5,
                            null,
                            true,
                            1,
                            List.of("hat", "fra"),
                            new String[] {
                                "Mirlande||Mirland", "Fabiola", "Nadège||Nadege",
                                "Widline||Widlyne", "Roseline||Rozlin", "Esther"
                            },
                            new String[] {
                                "Jean||Jan",
                                "Wilner",
                                "Jean-Baptiste||Jean Baptiste",
                                "Kervens",
                                "Stanley",
                                "Frantz||Franz"
                            },
                            new String[] {
                                "Mé||Me",
                                "Ri",
                                "Cé||Ce",
                                "Jo",
                                "Sain||Sin",
                                "Lou||Lu",
                                "Va",
                                "Dor",
                                "Bel"
                            },
                            new String[] {"sier", "lus", "val", "tin", "ème||eme"},
                            "fled gang violence in the neighbourhood",
                            "was kidnapped for ransom and released"),
                    latin(
                            "BGD",
                            "Bangladesh",
                            6,
                            null,
                            false,
                            1,
                            List.of("ben"),
                            new String[] {
                                "Rahima||Rahimah",
                                "Nasrin||Nasreen",
                                "Shahida||Shahidah",
                                "Sumaiya||Sumaya,Sumaia",
                                "Taslima||Tasleema",
                                "Fahmida||Fahmeeda"
                            },
                            new String[] {
                                "Mohammad||Mohammed,Muhammad,Md.",
                                "Abdul||Abdool,Abdel",
                                "Rakib||Raqib",
                                "Shafiq||Shafik,Shofiq",
                                "Rashed||Rashid",
                                "Tanvir||Tanveer"
                            },
                            new String[] {
                                "Cho||Chow", "Mo", "Dhu||Dhoo", "Ra", "Ka", "Sha", "Bi", "Pa", "Ta"
                            },
                            new String[] {
                                "dhury||dhuri,dhari",
                                "mol||mal",
                                "kar||kor",
                                "zan",
                                "ddin||uddin,din"
                            },
                            "was attacked by supporters of a rival party",
                            "owed money to a recruiter who threatened the family"),
                    latin(
                            "TUR",
                            "Türkiye",
                            5,
                            null,
                            true,
                            1,
                            List.of("tur", "kmr"),
                            new String[] {
                                "Ayşe||Ayse,Aisha", "Zeynep||Zeinab,Zeynab", "Elif",
                                "Fatma||Fatima", "Emine||Amina", "Büşra||Busra"
                            },
                            new String[] {
                                "Mehmet||Mehmed,Muhammed", "Emre", "Yusuf||Yousef",
                                "Mustafa||Mustapha", "Ahmet||Ahmed", "Serkan"
                            },
                            new String[] {
                                "Kara",
                                "Ay",
                                "Göz||Goz",
                                "Ak",
                                "Yıl||Yil",
                                "Sarı||Sari",
                                "Bal",
                                "Er",
                                "Öz||Oz"
                            },
                            new String[] {
                                "taşoğlu||tasoglu,tashoglu", "kayalı||kayali", "dereli",
                                "güllü||gullu", "tekinli", "başlı||basli,bashli"
                            },
                            "was prosecuted for articles written as a journalist",
                            "was detained for membership of a Kurdish association"),
                    latin(
                            "GEO",
                            "Georgia",
                            4,
                            null,
                            true,
                            1,
                            List.of("kat"),
                            new String[] {
                                "Nino",
                                "Tamar||Tamara",
                                "Mariam||Mariami",
                                "Ketevan||Keti,Ketewan",
                                "Natia",
                                "Salome||Salomé"
                            },
                            new String[] {
                                "Giorgi||George,Giorgij", "Levan||Lewan", "Davit||David,Dawit",
                                "Irakli||Irakliy", "Nikoloz||Nikolos", "Zurab||Zourab"
                            },
                            new String[] {
                                "Kva||Kwa",
                                "Tsi||Tzi,Ci",
                                "Ber",
                                "Lom",
                                "Gha||Ga",
                                "Mche||Mtche",
                                "Jo||Dzho",
                                "Khu||Chu,Hu",
                                "Da",
                                "Ru"
                            },
                            new String[] {
                                "shvili||schwili,chvili", "dze||dse", "ava||awa", "ia||iya", "uri"
                            },
                            "owes money to lenders who threaten the family",
                            "was attacked for being gay"));
}
