childcare-intro-watch-the-comforting =
    .title = Kennismaken bij de opvang: kijk hoe ze troosten
    .body = Ga je kennismaken bij een kinderopvang of gastouder? Let dan vooral op hoe ze met een huilende baby omgaan: wordt die snel opgepakt, rustig toegesproken en getroost? Vraag ook wie de vaste gezichten voor je baby worden. Een baby hecht zich aan een paar mensen die er vaak zijn en warm reageren. Gaat je baby er al heen? Blijf dan bij het brengen eens tien minuten kijken.

birth-story-told =
    .title = Zit de bevalling je nog dwars? Vertel het
    .body = Denk je nog vaak terug aan de bevalling, omdat die anders liep dan gehoopt, eng was of heel snel ging? Vertel vandaag het hele verhaal aan iemand die echt luistert. Je kunt ook om een nagesprek vragen bij je verloskundige, het ziekenhuis of je huisarts. Een geboorte is een grote overgang, ook voor wie ernaast stond, en wat een plek krijgt, laat meer ruimte voor je baby. Het mag in stukjes.

vaccination-day-on-your-lap =
    .title = Prikdag: houd je baby dicht tegen je aan
    .body = Krijgt je baby vandaag of binnenkort een prik op het consultatiebureau? Vraag of je je baby op schoot mag nemen, buikje tegen jou aan, en praat zacht door. Geef meteen daarna de borst, de fles of een stevige knuffel: jouw lijf en stem helpen je baby na de schrik tot rust te komen. Een kort, fel huiltje is normaal en zakt in je armen vaak snel. Was de prik er al? Dan is dit voor de volgende keer.

evening-after-the-jab =
    .title = De avond na de prik: extra dichtbij
    .body = Is je baby na een prik hangerig, huileriger of juist slaperiger dan anders? Zeg die avond plannen af en houd je baby vaker bij je: in je armen, in de draagdoek of naast je op de bank. Een baby die zich niet lekker voelt, heeft jou extra nodig, en dat mag je gewoon geven. Voelt je baby heet aan, drinkt die slecht of twijfel je? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost.

soft-start-back-at-work =
    .title = Plan een zachte start op je werk
    .body = Ga je binnenkort weer werken? Kijk vandaag of je kunt beginnen met een paar kortere dagen of midden in de week, en plan vóór de echte start een oefendag waarop je baby al bij de oppas of de opvang is. Dan is je eerste werkdag niet ook meteen de eerste dag zonder jou, en houd je meer rust over voor het ophalen. Lukt dat niet, of werk je al? Houd dan de avonden na een werkdag zo leeg mogelijk.

follow-my-face-slowly =
    .title = Laat je baby je gezicht volgen
    .body = Houd op een rustig moment je gezicht zo’n dertig centimeter boven je baby, maak oogcontact en beweeg dan heel langzaam een stukje naar links. Volgen de oogjes? Ga dan terug en een stukje naar rechts. Je baby oefent met kijken, en jouw gezicht is daarvoor het mooiste wat er is. Raakt je baby je kwijt, wacht dan tot de blik je weer vindt. Draait je baby helemaal weg, dan is het genoeg.

speak-your-own-language =
    .title = Praat met je baby in je eigen taal
    .body = Spreek je thuis meer dan één taal? Praat, zing en troost vandaag in de taal waarin jij je het meest thuis voelt, ook als dat niet de taal van je omgeving is. In je eigen taal klinken je warmte en je grapjes het echtst, en dat hoort je baby. Spreekt een andere verzorger een andere taal, laat die dan ook de eigen taal gebruiken. Twee talen naast elkaar kan een baby prima aan.

undressing-at-the-clinic =
    .title = Uitkleden voor de weegschaal, met jouw stem
    .body = Moet je baby op het consultatiebureau uit de kleren om gewogen en gemeten te worden? Kleed je baby zelf uit, vertel wat er gebeurt (‘Even bloot, en nu op de weegschaal’) en blijf met je gezicht dichtbij. Protesteert je baby, houd dan een hand op het buikje. Zodra het kan: aankleden en even tegen je aan. Een warm dekentje om je baby heen tussen wegen en meten door helpt ook.

one-question-for-the-clinic =
    .title = Neem één vraag mee naar het consultatiebureau
    .body = Schrijf vóór je volgende afspraak op het consultatiebureau op wat je echt bezighoudt, ook als het klein of gek lijkt: over huilen, slapen, jouw stemming of hoe het contact met je baby voelt. Stel die vraag als eerste, dan schiet hij er niet bij in. Niemand verwacht dat je alles al weet; vragen stellen hoort gewoon bij goed zorgen. Vergeten? Later bellen mag ook.

grandparent-babysits-first-time =
    .title = Opa of oma past voor het eerst op
    .body = Gaat een grootouder of een ander vertrouwd iemand binnenkort voor het eerst oppassen? Spreek vooraf samen af, het liefst daar waar het oppassen gebeurt, en laat zien hoe jullie voeden, verschonen, troosten en je baby laten slapen: op de rug, niets zachts in bed. Houd de eerste keer zonder jou kort; een uurtje is genoeg. Zo leert je baby die ander in kleine stapjes kennen. Daarna mag het langer.

mixed-feelings-about-work =
    .title = Zin in je werk én verdriet? Allebei mag
    .body = Kijk je uit naar je werk en vind je afscheid nemen van je baby tegelijk moeilijk? Of voel je vooral opluchting, of vooral schuld? Het mag allemaal, vaak door elkaar. Zeg het vandaag hardop tegen iemand. Je baby heeft geen ouder nodig die altijd thuis is, wel een die er echt is als jullie samen zijn, en vaste, warme mensen als jij weg bent. Het gevoel verandert vaak na de eerste weken.

bottle-from-another-carer =
    .title = Wie de fles geeft, kijkt je baby aan
    .body = Gaat straks iemand anders je baby de fles geven, met afgekolfde melk of flesvoeding? Oefen het vandaag samen: laat die ander je baby in de arm nemen, half rechtop met het gezichtje naar zich toe, en rustig praten of neuriën tijdens het drinken. Een voeding is meer dan eten: het is kijken en contact, wie hem ook geeft. Weigert je baby zolang jij erbij bent? Ga dan even de kamer uit.

evening-handover-break =
    .title = De hele dag alleen geweest? Geef even door
    .body = Was je vandaag de hele dag alleen met je baby, en komt er vanavond iemand thuis of langs? Spreek af dat die je baby meteen overneemt en dat jij een kwartier echt weggaat: douchen, naar buiten, liggen. Een hele dag zorgen maakt je leeg, en even bijtanken maakt het makkelijker om daarna weer geduldig te zijn. Lukt overnemen niet meteen? Spreek dan een vast moment af, bijvoorbeeld direct na het eten.

nights-on-your-own =
    .title = ’s Nachts er alleen voor? Zet alles klaar
    .body = Werkt je partner weer, werkt die ’s nachts, of sta je er alleen voor? Leg vanavond alles voor de nacht binnen handbereik: water, iets te eten, luiers, een schoon rompertje, een zacht lampje. Hoe minder je hoeft te zoeken, hoe rustiger je naar je baby gaat, en zacht licht houdt de nacht voor jullie allebei rustig. Ging een nacht slecht? Dan mag je de dag erna om hulp vragen.

working-parent-own-moment =
    .title = Weer aan het werk? Houd één eigen zorgmoment
    .body = Ben jij degene die weer werkt, overdag of ’s nachts? Kies één zorgmoment per dag dat van jou is, zoals het badje, de eerste fles van de ochtend of de laatste luier voor het slapen, en doe het steeds op dezelfde manier. Zo blijft er een vast, herkenbaar stukje jij in de dag van je baby, ook als je veel weg bent. Lukt het een dag niet? Pak het de volgende dag gewoon weer op.

crying-in-public-look-at-your-baby =
    .title = Huilen in de bus of de winkel? Kijk naar je baby
    .body = Begint je baby te huilen in de supermarkt, de bus of een wachtkamer, en voel je blikken in je rug? Richt je aandacht dan op je baby en niet op de mensen om je heen: pak je baby op, praat zacht en neem de tijd die nodig is. Een huilende baby betekent niet dat je iets fout doet; je baby vraagt gewoon om jou. Zegt iemand er iets van? ‘We redden het wel, dank je’ is genoeg.

how-do-i-seem-lately =
    .title = Vraag iemand: hoe gaat het volgens jou met mij?
    .body = Bij veel ouders zijn de huilerige dagen na de bevalling binnen een paar weken voorbij. Vraag vandaag iemand die je goed kent: ‘Hoe gaat het volgens jou met mij?’ Een ander ziet soms eerder dan jij dat je somber, prikkelbaar of vlak blijft. Dat geldt ook voor een ouder die niet bevallen is. Herken je het? Bespreek het dan bij het consultatiebureau of je huisarts.

smiles-for-everyone =
    .title = Lacht je baby naar iedereen? Prima
    .body = Krijgen de caissière en de buurvrouw nu ook een stralende lach? Dat is heel gewoon in deze maanden: je baby is dol op gezichten, maar komt het snelst tot rust bij wie het vaakst voor je baby zorgt. Geniet dus gerust mee van elk lachje voor een ander. Let vandaag eens op wat er gebeurt als je baby moe of verdrietig is: dan zijn het meestal de vertrouwde armen die gezocht worden.

first-visits-leave-in-time =
    .title = Op visite: ga naar huis als het nog leuk is
    .body = Ga je deze weken voor het eerst met je baby op visite? Bedenk vooraf hoe lang je blijft, en ga weg zodra je de eerste tekenen van ‘genoeg’ ziet: wegkijken, gapen, schrikkerig worden. Een kort bezoek dat goed afloopt, is voor je baby fijner dan een lange middag die eindigt in oververmoeid huilen. Toch te lang gebleven? Dat overkomt iedereen; volgende keer ken je de grens beter.

car-seat-your-voice =
    .title = In de autostoel: laat je stem horen
    .body = Ziet je baby je in de auto niet en begint die te huilen? Praat of zing dan gewoon door, ook als je zelf rijdt: je stem laat horen dat je er bent. Rijdt iemand anders, ga dan naast je baby zitten. Heeft je baby echt troost nodig, stop dan op een veilige plek en haal je baby even uit het stoeltje. Huilt je baby bijna elke rit? Vertrek dan, als het kan, na een voeding en met een schone luier.

walk-with-another-parent =
    .title = Wandel eens met een andere ouder
    .body = Zit je veel alleen thuis met je baby? Spreek deze week af met een andere ouder van een jonge baby, van een cursus, uit de buurt of uit de wachtkamer van het consultatiebureau, om te wandelen of koffie te drinken. Praten met iemand die hetzelfde meemaakt, maakt de dagen lichter, en met wat meer energie heb je ook meer geduld. Vergelijken hoeft niet: elke baby heeft een eigen tempo.

contact-naps-on-you =
    .title = Slaapt je baby overdag alleen op jou?
    .body = Valt je baby overdag alleen in slaap in je armen of de draagzak, en wordt die wakker zodra je je baby neerlegt? Dat is op deze leeftijd heel gewoon en geen slechte gewoonte: bij jou voelt het veilig. Geniet ervan als het uitkomt. Word je zelf slaperig? Leg je baby dan op de rug in het eigen bedje. Wil je vaker je handen vrij? Probeer één dutje per dag in bed, met hetzelfde liedje ervoor.

copy-your-babys-face =
    .title = Doe de gezichtjes van je baby na
    .body = Steekt je baby vandaag het tongetje uit, maakt die een ‘O’-mondje of fronst die? Doe het na, van dichtbij en een beetje overdreven, en wacht af wat je baby terugdoet. Zo ben jij een levende spiegel: je baby ziet dat wat die doet bij jou aankomt. Soms komt het gezichtje terug, alsof jullie een spelletje spelen. Geen reactie? Probeer het morgen op een wakker moment opnieuw.

video-call-with-grandparent =
    .title = Videobellen met opa of oma ver weg
    .body = Wonen grootouders of andere dierbaren ver weg, misschien in een ander land? Videobel vandaag even, met je baby bij jou op schoot, zodat die ook jouw gezicht ziet. Laat de ander een liedje zingen of praten in de eigen taal, en reageer zelf enthousiast. Zo leert je baby die stem en dat gezicht een beetje kennen, en blijft de familieband warm. Houd het kort: een paar minuten is genoeg.

film-once-then-be-there =
    .title = Eén keer filmen, daarna gewoon kijken
    .body = Wil je dat lachje of gebrabbel vastleggen? Film het één keer, leg dan je telefoon weg en ga verder met je gezicht vlak bij dat van je baby. Achter een scherm ziet je baby alleen een telefoon en mist die jouw ogen en je lach terug, terwijl juist dat antwoord het moment maakt. Het filmpje heb je al; de rest is voor jullie samen. Morgen komt er vast weer een lachje.

hands-discovered =
    .title = Je baby ontdekt de eigen handjes
    .body = Ligt je baby vandaag aandachtig naar de eigen handjes te staren, of friemelt die met de vingers aan elkaar? Laat het gebeuren en onderbreek niet meteen met een speeltje of een liedje. Blijf in de buurt en zeg hooguit zacht: ‘Dat zijn jouw handen.’ Je baby ontdekt hier iets helemaal zelf, en jij laat merken dat dat mag. Kijkt je baby daarna naar jou? Dan ben jij aan de beurt.

fist-in-mouth-signal =
    .title = Vuistje in de mond: honger of zelf troosten?
    .body = Sabbelt je baby vaak op een vuistje? Kijk vandaag wat er nog meer gebeurt. Zoekt je baby ook met het hoofdje, smakt die of wordt die onrustig, dan is het vaak honger. Ligt je baby er tevreden bij, dan is het misschien een eerste manier om zichzelf wat te kalmeren; haal het handje dan niet weg en blijf dichtbij. Twijfel je? Bied gerust een voeding aan; je baby laat wel merken of het honger was.

little-hands-massage =
    .title = Masseer de kleine handjes
    .body = Neem vandaag een handje van je baby in je warme hand, strijk met je duim over het palmpje en laat elk vingertje even door je vingers glijden. Een druppel neutrale, ongeparfumeerde olie mag, maar hoeft niet; gebruik nooit noten- of olijfolie. Zing of tel er zacht bij. Knijpt het vuistje dicht of trekt je baby het handje terug, dan is het genoeg. Morgen is het andere handje aan de beurt.

swipe-at-a-toy =
    .title = Laat je baby zelf naar een speeltje slaan
    .body = Ligt je baby op de rug? Houd vandaag een rammelaar of zacht speeltje net binnen bereik boven je baby, en wacht. Leg het niet in het handje, maar laat je baby zelf zwaaien en raken. Rammelt het, kijk dan verrast en maak een blij geluidje. Zo ontdekt je baby oorzaak en gevolg: mijn arm beweegt, en er gebeurt iets. Lukt het nog niet? Houd het speeltje dichterbij of probeer het over een paar weken.

cooking-with-baby-in-view =
    .title = Koken met je baby in zicht
    .body = Moet je koken of opruimen terwijl je baby wakker is? Leg je baby veilig waar die jou kan zien, op een kleed of in een wipstoeltje op de grond, en praat af en toe: ‘Ik snij uien, hoor je dat?’ Maakt je baby een geluidje, kijk dan even op en antwoord. Zo hoef je niet te kiezen tussen je klussen en je baby: je blijft bereikbaar. Wordt het gejengel, pak je baby dan even op.

twins-no-labels =
    .title = Een tweeling: twee kinderen, geen etiketjes
    .body = Heb je een tweeling? Dan vraagt iedereen al snel: ‘Wie is de makkelijke?’ En voor je het weet heet de een ‘de huilebalk’ en de ander ‘de rustige’. Let vandaag op iets wat elk kind fijn vindt, los van de ander, en vertel dat aan wie ernaar vraagt. Baby’s veranderen snel; elk kind verdient het om gezien te worden zoals het nu is, niet als helft van een paar. Vergelijken doet iedereen weleens.

bath-song-with-a-splash =
    .title = Een badliedje met een plons
    .body = Maak van het badje vandaag een spelletje: houd je baby stevig vast, zing elke keer hetzelfde korte liedje en laat aan het eind je hand zachtjes in het water plonzen. Trappelt je baby, antwoord dan met ‘plons!’ en een lach. Een vast liedje maakt het badje voorspelbaar, en jouw antwoord op elke trap maakt er een gesprekje van. Schrikt je baby van de plons? Maak hem dan kleiner.

dressing-pause-when-protesting =
    .title = Aankleden wordt huilen? Neem een pauze
    .body = Begint je baby vandaag te huilen bij het aankleden, halverwege een mouw of bij een truitje over het hoofd? Stop even, neem je baby half aangekleed tegen je aan, wacht tot het huilen zakt en ga dan rustig verder. Zo laat je merken dat protest gehoord wordt, ook als aankleden toch moet. Helpt het niet? Kies dan de komende weken kleding die makkelijk open en dicht gaat.

calmer-evenings-look-back =
    .title = Rustiger avonden? Kijk terug op wat je deed
    .body = Huilt je baby ’s avonds minder dan een paar weken geleden? Bij veel baby’s neemt het huilen rond deze leeftijd af. Sta vandaag even stil bij wat jij in die zware weken deed: dragen, wiegen, blijven als niets hielp. Dat was niet voor niets; je baby leerde dat er iemand bleef. Vertel het aan iemand, of schrijf het op. Komt het huilen een avond terug, dan weet je nu wat je kunt.

three-days-of-sleep-notes =
    .title = Ontdek het eigen slaapritme van je baby
    .body = Schrijf drie dagen lang kort op wanneer je baby in slaap valt en wakker wordt, zonder iets te veranderen. Rond deze leeftijd ontstaat bij veel baby’s langzaam een eigen patroon, en op papier zie je dat vaak eerder dan in je hoofd. Valt je baby steeds rond hetzelfde tijdstip in slaap, dan kun je de dag daar een beetje op afstemmen. Nog geen patroon? Ook goed, dat komt vaak later.

stay-on-the-page =
    .title = Blijf bij het plaatje waar je baby naar kijkt
    .body = Pak vandaag een prentenboek en kijk tijdens het voorlezen waar je baby naar kijkt. Blijft de blik hangen bij de eend of de rode bal, sla dan niet meteen om, maar praat over dat plaatje: ‘Zie je de eend? Kwak!’ Zo volg je je baby in plaats van het verhaal, en voelt je baby dat wat die boeit ertoe doet. Kijkt je baby weg van het boek? Dan is het verhaal voor vandaag uit.

feeding-with-a-big-sibling-beside-you =
    .title = Voeden met een grote broer of zus erbij
    .body = Wil je oudere kind juist aandacht als je de baby voedt? Zet vandaag een mandje klaar met een paar boekjes of iets om te doen dat alleen tijdens voedingen tevoorschijn komt. Laat je oudste naast je zitten en lees voor of klets samen terwijl de baby drinkt. Zo hoort je baby je stem en staat je oudste er niet buiten. Lukt het een keer niet? Dan is een knipoog en ‘straks jij’ ook goed.

tell-your-baby-about-your-day =
    .title = Vertel je baby over je dag
    .body = Vertel je baby vandaag tijdens een voeding of een wandeling over je dag, of over vroeger: hoe het huis eruitzag waar je opgroeide, wat je ’s middags at, wie er belde. Je baby begrijpt de woorden niet, maar geniet van je stem met alle ups en downs, en hoort zo heel veel taal. Je hoeft niet grappig of slim te zijn: een gewoon verhaal is goed genoeg. Uitgepraat? Neuriën mag ook.

what-you-know-about-your-baby =
    .title = Wat weet jij nu over je baby?
    .body = Schrijf vandaag drie dingen op die je nu over je baby weet en vlak na de geboorte nog niet: hoe die het liefst gedragen wordt, welk geluid rust geeft, waar die om moet lachen. Dat is precies wat je baby nodig heeft: iemand die ziet wie dit kind is, zonder het met anderen te vergelijken. Twijfel je weleens of je je baby wel kent? Dan heb je het nu zwart op wit. En vul het over een maand aan.

tension-at-home-soft-voice =
    .title = Spanning in huis? Houd je stem zacht bij je baby
    .body = Loopt er vandaag iets hoog op, met je partner, een familielid of aan de telefoon? Stel het gesprek uit tot je baby slaapt of ergens anders is, en praat bij je baby met een rustige stem. Baby’s voelen spanning in stemmen en lijven, ook als ze er niets van snappen. Spreek samen een codewoord af, zoals ‘Straks’: we praten verder als de baby slaapt. Dan hoeft niemand het gesprek op te geven.
