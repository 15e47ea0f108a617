childcare-visit-together-first =
    .title = Ga eerst samen kijken bij de opvang
    .body = Gaat je baby straks naar de kinderopvang, omdat je weer aan het werk gaat? Ga er vóór de eerste dag samen een uurtje heen, met je baby bij jou op schoot. Kijk hoe de medewerkers met een huilende baby omgaan en vraag wie het vaste gezicht voor je baby wordt. Zo maakt je baby kennis terwijl jij het vertrouwde anker bent. Voelt iets niet goed, vraag dan gerust om een tweede bezoek.

birth-story-told =
    .title = Zit de bevalling je nog dwars? Vertel het
    .body = Denk je nog vaak terug aan de bevalling, omdat die anders liep dan gehoopt, eng was of heel snel ging? Vertel vandaag het hele verhaal aan iemand die echt luistert. Je kunt ook om een nagesprek vragen bij je verloskundige, het ziekenhuis of je huisarts. Een geboorte is een grote overgang, ook voor wie ernaast stond, en wat een plek krijgt, laat meer ruimte voor je baby. Het mag in stukjes.

vaccination-day-on-your-lap =
    .title = Prikdag: houd je baby dicht tegen je aan
    .body = Krijgt je baby vandaag of binnenkort een prik op het consultatiebureau? Vraag of je je baby daarbij op schoot mag houden, buikje tegen jou aan, en praat zacht door. Geef meteen daarna de borst, de fles of een stevige knuffel. Jouw vertrouwde lijf en stem helpen je baby om na de schrik weer tot rust te komen. Een kort, fel huiltje is normaal; in jouw armen zakt het meestal snel.

evening-after-the-jab =
    .title = De avond na de prik: extra dichtbij
    .body = Is je baby na een prik hangerig, huileriger of juist slaperiger dan anders? Zeg die avond plannen af en houd je baby vaker bij je: in je armen, in de draagdoek of naast je op de bank. Een baby die zich niet lekker voelt, heeft jou extra nodig, en dat mag je gewoon geven. Voelt je baby heet aan, drinkt die slecht of twijfel je? Bel dan de huisarts of het consultatiebureau.

soft-start-back-at-work =
    .title = Plan een zachte start op je werk
    .body = Ga je binnenkort weer werken? Kijk vandaag of je kunt beginnen met een paar kortere dagen of midden in de week, en plan vóór de echte start een oefendag waarop je baby al bij de oppas of de opvang is. Dan is je eerste werkdag niet ook meteen de eerste dag zonder jou, en houd je meer rust over voor het ophalen. Lukt dat niet? Houd dan de eerste avonden thuis zo leeg mogelijk.

follow-my-face-slowly =
    .title = Laat je baby je gezicht volgen
    .body = Houd op een rustig moment je gezicht zo’n dertig centimeter boven je baby, maak oogcontact en beweeg dan heel langzaam een stukje naar links. Volgen de oogjes? Ga dan terug en een stukje naar rechts. Je baby oefent met kijken, en jouw gezicht is daarvoor het mooiste wat er is. Raakt je baby je kwijt, wacht dan tot de blik je weer vindt. Draait je baby helemaal weg, dan is het genoeg.

speak-your-own-language =
    .title = Praat met je baby in je eigen taal
    .body = Spreek je thuis meer dan één taal? Praat, zing en troost vandaag in de taal waarin jij je het meest thuis voelt, ook als dat niet de taal van je omgeving is. In je eigen taal klinken je warmte en je grapjes het echtst, en dat hoort je baby. Spreekt een andere verzorger een andere taal, laat die dan ook de eigen taal gebruiken. Twee talen naast elkaar kan een baby prima aan.

undressing-at-the-clinic =
    .title = Uitkleden voor de weegschaal, met jouw stem
    .body = Moet je baby op het consultatiebureau uit de kleren om gewogen en gemeten te worden? Kleed je baby zelf uit, vertel wat er gebeurt (‘Even bloot, en nu op de weegschaal’) en blijf met je gezicht dichtbij. Protesteert je baby, houd dan een hand op het buikje. Zodra het kan: aankleden en even tegen je aan. Neem een warm dekentje mee, dan duurt het bloot zijn korter.

one-question-for-the-clinic =
    .title = Neem één vraag mee naar het consultatiebureau
    .body = Schrijf vóór je volgende afspraak op het consultatiebureau op wat je echt bezighoudt, ook als het klein of gek lijkt: over huilen, slapen, jouw stemming of hoe het contact met je baby voelt. Stel die vraag als eerste, dan schiet hij er niet bij in. Niemand verwacht dat je alles al weet; vragen stellen hoort gewoon bij goed zorgen. Vergeten? Later bellen mag ook.

grandparent-babysits-first-time =
    .title = Opa of oma past voor het eerst op
    .body = Gaat een grootouder of een ander vertrouwd iemand binnenkort voor het eerst oppassen? Spreek vooraf samen af, het liefst bij diegene thuis als het oppassen daar gebeurt, en laat zien hoe jullie voeden, verschonen en troosten. Houd de eerste keer zonder jou kort; een uurtje is genoeg. Zo leert je baby die ander in kleine stapjes kennen, vanuit vertrouwd terrein. Daarna mag het langer.

mixed-feelings-about-work =
    .title = Zin in je werk én verdriet? Allebei mag
    .body = Kijk je uit naar je werk en vind je afscheid nemen van je baby tegelijk moeilijk? Of voel je vooral opluchting, of vooral schuld? Het mag allemaal, vaak door elkaar. Zeg het vandaag hardop tegen iemand. Je baby heeft geen ouder nodig die altijd thuis is, wel een die er echt is als jullie samen zijn, en vaste, warme mensen als jij weg bent. Het gevoel verandert vaak na de eerste weken.

bottle-from-another-carer =
    .title = Wie de fles geeft, kijkt je baby aan
    .body = Gaat straks iemand anders je baby de fles geven, met afgekolfde melk of flesvoeding? Oefen het vandaag samen: laat die ander je baby in de arm nemen, half rechtop met het gezichtje naar zich toe, en rustig praten of neuriën tijdens het drinken. Een voeding is meer dan eten: het is kijken en contact, wie hem ook geeft. Weigert je baby zolang jij erbij bent? Ga dan even de kamer uit.

evening-handover-break =
    .title = De hele dag alleen geweest? Geef even door
    .body = Was je vandaag de hele dag alleen met je baby, en komt er vanavond iemand thuis of langs? Spreek af dat die je baby meteen overneemt en dat jij een kwartier echt weggaat: douchen, naar buiten, liggen. Een hele dag zorgen maakt je leeg, en even bijtanken maakt het makkelijker om daarna weer geduldig te zijn. Ben je vaak alleen? Vraag een buur of vriend om één vast kwartier per week.

nights-on-your-own =
    .title = ’s Nachts er alleen voor? Zet alles klaar
    .body = Werkt je partner weer, werkt die ’s nachts, of sta je er alleen voor? Leg vanavond alles voor de nacht binnen handbereik: water, iets te eten, luiers, een zacht lampje. En kies één persoon aan wie je ’s nachts een berichtje mag sturen als het zwaar wordt. Hoe minder je hoeft te zoeken, hoe rustiger je naar je baby gaat. Ging een nacht slecht? Dan mag je de dag erna om hulp vragen.

working-parent-own-moment =
    .title = Weer aan het werk? Houd één eigen zorgmoment
    .body = Ben jij degene die weer werkt, overdag of ’s nachts? Kies één zorgmoment per dag dat van jou is, zoals het badje, de eerste fles van de ochtend of de laatste luier voor het slapen, en doe het steeds op dezelfde manier. Zo blijft er een vast, herkenbaar stukje jij in de dag van je baby, ook als je veel weg bent. Lukt het een dag niet? Pak het de volgende dag gewoon weer op.

calmer-with-the-other-parent =
    .title = Troost een ander beter? Geen oordeel
    .body = Wordt je baby nu vaak sneller rustig bij een andere ouder of verzorger dan bij jou? Dat zegt niets over jullie band: op deze leeftijd laten baby’s zich meestal door meerdere vertrouwde mensen troosten, soms het liefst door wie het vaakst in de buurt is. Houd je eigen momenten, vooral op rustige tijden, zoals spelen na een slaapje. Jouw manier van troosten wordt met de tijd ook vertrouwd.

how-do-i-seem-lately =
    .title = Vraag iemand: hoe gaat het volgens jou met mij?
    .body = Bij veel ouders zijn de huilerige dagen na de bevalling binnen een paar weken voorbij. Vraag vandaag iemand die je goed kent: ‘Hoe gaat het volgens jou met mij?’ Een ander ziet soms eerder dan jij dat je somber, prikkelbaar of vlak blijft. Dat geldt ook voor een ouder die niet bevallen is. Herken je het? Bespreek het dan bij het consultatiebureau of je huisarts.

smiles-for-everyone =
    .title = Lacht je baby naar iedereen? Prima
    .body = Krijgen de caissière en de buurvrouw nu ook een stralende lach? Dat is heel gewoon in deze maanden: je baby is dol op gezichten, maar komt het snelst tot rust bij wie het vaakst voor je baby zorgt. Geniet dus gerust mee van elk lachje voor een ander. Let vandaag eens op wat er gebeurt als je baby moe of verdrietig is: dan is het meestal jouw schouder die gezocht wordt.

first-visits-leave-in-time =
    .title = Op visite: ga naar huis als het nog leuk is
    .body = Ga je deze weken voor het eerst met je baby op visite? Bedenk vooraf hoe lang je blijft, en ga weg zodra je de eerste tekenen van ‘genoeg’ ziet: wegkijken, gapen, schrikkerig worden. Een kort bezoek dat goed afloopt, is voor je baby fijner dan een lange middag die eindigt in oververmoeid huilen. Toch te lang gebleven? Dat overkomt iedereen; volgende keer ken je de grens beter.

car-seat-your-voice =
    .title = In de autostoel: laat je stem horen
    .body = Ziet je baby je in de auto niet en begint die te huilen? Praat of zing dan gewoon door, ook als je zelf rijdt: je stem laat horen dat je er bent. Rijdt iemand anders, ga dan naast je baby zitten. Heeft je baby echt troost nodig, stop dan op een veilige plek en haal je baby even uit het stoeltje. Plan op langere ritten sowieso af en toe een pauze om te knuffelen.

pram-facing-you =
    .title = In de kinderwagen: laat je gezicht zien
    .body = Kan de kinderwagen zo staan dat je baby naar jou kijkt? Zet hem vandaag zo als je gaat wandelen, en kijk onderweg af en toe naar binnen met een glimlach of een woordje. Tussen alle nieuwe geluiden en lichten is jouw gezicht het vaste punt, en jij ziet zo eerder of je baby moe wordt of genoeg heeft. Kan dat niet? Stop dan af en toe bij een bankje en buig je even naar je baby.

walk-with-another-parent =
    .title = Wandel eens met een andere ouder
    .body = Zit je veel alleen thuis met je baby? Spreek deze week af met een andere ouder van een jonge baby, van een cursus, uit de buurt of uit de wachtkamer van het consultatiebureau, om te wandelen of koffie te drinken. Praten met iemand die hetzelfde meemaakt, maakt de dagen lichter, en met wat meer energie heb je ook meer geduld. Vergelijken hoeft niet: elke baby heeft een eigen tempo.

tummy-time-on-your-chest =
    .title = Op de buik liggen, op jouw borst
    .body = Vindt je baby op de buik liggen op de grond nog lastig? Ga dan half achterover liggen op de bank en leg je baby op de buik op je borst, met je gezicht vlakbij. Om jou te zien, tilt je baby vaak vanzelf het hoofdje op, en jouw lijf maakt het oefenen warm en veilig. Doe dit alleen als je zelf wakker en alert bent; word je slaperig, leg je baby dan op de rug in het eigen bedje.

copy-your-babys-face =
    .title = Doe de gezichtjes van je baby na
    .body = Steekt je baby vandaag het tongetje uit, maakt die een ‘O’-mondje of fronst die? Doe het na, van dichtbij en een beetje overdreven, en wacht af wat je baby terugdoet. Zo ben jij een levende spiegel: je baby ziet dat wat die doet bij jou aankomt. Soms komt het gezichtje terug, alsof jullie een spelletje spelen. Geen reactie? Probeer het morgen op een wakker moment opnieuw.

video-call-with-grandparent =
    .title = Videobellen met opa of oma ver weg
    .body = Wonen grootouders of andere dierbaren ver weg, misschien in een ander land? Videobel vandaag even, met je baby bij jou op schoot, zodat die ook jouw gezicht ziet. Laat de ander een liedje zingen of praten in de eigen taal, en reageer zelf enthousiast. Zo leert je baby die stem en dat gezicht een beetje kennen, en blijft de familieband warm. Houd het kort: een paar minuten is genoeg.

first-laughs-again =
    .title = Een eerste lach? Doe het nog eens
    .body = Lachte je baby vandaag hardop om een geluidje, een kusje op het buikje of een gek gezicht? Doe precies hetzelfde nog eens, wacht even, en nog eens. Samen lachen is een van de fijnste vormen van contact, en herhaling maakt het voorspelbaar en extra leuk. Stop als het lachen overgaat in wegdraaien of wegkijken. Lacht je baby nog niet hardop? Bij sommige baby’s komt dat wat later.

film-once-then-be-there =
    .title = Eén keer filmen, daarna gewoon kijken
    .body = Wil je dat lachje of gebrabbel vastleggen? Film het één keer, leg dan je telefoon weg en ga verder met je gezicht vlak bij dat van je baby. Achter een scherm ziet je baby alleen een telefoon en mist die jouw ogen en je lach terug, terwijl juist dat antwoord het moment maakt. Het filmpje heb je al; de rest is voor jullie samen. Morgen komt er vast weer een lachje.

hands-discovered =
    .title = Je baby ontdekt de eigen handjes
    .body = Ligt je baby vandaag aandachtig naar de eigen handjes te staren, of friemelt die met de vingers aan elkaar? Laat het gebeuren en onderbreek niet meteen met een speeltje of een liedje. Blijf in de buurt en zeg hooguit zacht: ‘Dat zijn jouw handen.’ Je baby ontdekt hier iets helemaal zelf, en jij laat merken dat dat mag. Kijkt je baby daarna naar jou? Dan ben jij aan de beurt.

fist-in-mouth-signal =
    .title = Vuistje in de mond: honger of zelf troosten?
    .body = Sabbelt je baby vaak op een vuistje of vingers? Kijk vandaag wat er nog meer gebeurt. Zoekt je baby ook met het hoofdje, smakt die of wordt die onrustig, dan is het vaak honger. Ligt je baby er tevreden bij, dan is het misschien een eerste manier om zichzelf wat te kalmeren. Haal het handje dan niet weg en blijf dichtbij. Bij twijfel is een voeding aanbieden nooit verkeerd.

little-hands-massage =
    .title = Masseer de kleine handjes
    .body = Neem vandaag een handje van je baby in je warme hand, strijk met je duim over het palmpje en laat elk vingertje even door je vingers glijden. Een druppel neutrale, ongeparfumeerde olie mag, maar hoeft niet; gebruik nooit noten- of olijfolie. Zing of tel er zacht bij. Knijpt het vuistje dicht of trekt je baby het handje terug, dan is het genoeg. Morgen is het andere handje aan de beurt.

swipe-at-a-toy =
    .title = Laat je baby zelf naar een speeltje slaan
    .body = Ligt je baby op de rug? Houd dan vandaag een rammelaar of zacht speeltje net binnen bereik boven je baby, en wacht. Leg het niet in het handje, maar laat je baby zelf zwaaien en raken. Rammelt het, zeg dan: ‘Dat deed jij!’ Zo ontdekt je baby dat de eigen bewegingen effect hebben: een vroege bron van zelfvertrouwen. Lukt het nog niet? Houd het speeltje dichterbij of probeer het later nog eens.

cooking-with-baby-in-view =
    .title = Koken met je baby in zicht
    .body = Moet je koken of opruimen terwijl je baby wakker is? Leg je baby veilig waar die jou kan zien, op een kleed of in een wipstoeltje op de grond, en praat af en toe: ‘Ik snij uien, hoor je dat?’ Maakt je baby een geluidje, kijk dan even op en antwoord. Zo hoef je niet te kiezen tussen je klussen en je baby: je blijft bereikbaar. Wordt het gejengel, pak je baby dan even op.

name-the-fright =
    .title = Schrok je baby? Zeg wat er gebeurde
    .body = Schrikt je baby vandaag van een dichtslaande deur, een blaffende hond of de stofzuiger? Pak je baby op en zeg rustig wat er gebeurde: ‘Oei, dat was een hard geluid. Daar schrok je van.’ Je baby snapt de woorden nog niet, maar voelt wel dat jij ziet wat er vanbinnen gebeurt. Zulk benoemen wordt later de basis om eigen gevoelens te herkennen. En de stofzuiger kan best even wachten.

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
    .body = Pak vandaag een prentenboek en kijk tijdens het voorlezen waar je baby naar kijkt. Blijft de blik hangen bij de eend of de rode bal, sla dan niet meteen om, maar praat over dat plaatje: ‘Zie je de eend? Kwak!’ Zo volg je je baby in plaats van het verhaal, en voelt je baby dat wat die boeit ertoe doet. Het boek hoeft niet uit: één bladzijde is ook een heel voorleesmoment.

big-sibling-earns-a-smile =
    .title = Help de grote broer of zus aan een lachje
    .body = Is er een ouder kind in huis? Laat het vandaag dicht bij de baby zitten en help het een lachje te ‘verdienen’: ‘Praat maar zachtjes, en kijk, de baby kijkt naar jou!’ Zo ontdekt het oudere kind dat de baby het ziet en reageert, en krijgen ze samen een eigen band. Blijf er zelf bij en geef het grote kind daarna ook eigen aandacht. Geen lachje? Zeg dat de baby misschien moe is.

cold-day-extra-lap =
    .title = Verkouden baby? Jouw schoot is de plek
    .body = Is je baby verkouden, met een verstopte neus en onrustige voedingen? Laat vandaag liggen wat kan wachten en houd je baby meer bij je: rechtop tegen je schouder, op schoot, in de draagdoek. Een baby die zich beroerd voelt, zoekt troost, en die mag je ruim geven, ook als het ‘extra’ voelt. Drinkt je baby slecht, heeft die koorts of voelt iets niet pluis? Bel dan vandaag de huisarts.

look-around-then-come-back =
    .title = Laat je baby rondkijken en weer terugkomen
    .body = Zit je baby graag op je schoot om de kamer of de straat te bekijken? Houd je baby vandaag stevig vast, met de rug tegen je buik, en laat rondkijken. Wordt je baby onrustig of draait het hoofdje weg, draai je baby dan om, naar jouw gezicht. Zo ontdekt je baby de wereld vanuit jouw armen en komt die bij jou weer tot rust: een vroege vorm van een veilige basis. Daarna mag het weer andersom.

tell-your-baby-about-your-day =
    .title = Vertel je baby over je dag
    .body = Vertel je baby vandaag tijdens een voeding of een wandeling over je dag, of over vroeger: hoe het huis eruitzag waar je opgroeide, wat je ’s middags at, wie er belde. Je baby begrijpt de woorden niet, maar geniet van je stem met alle ups en downs, en hoort zo heel veel taal. Je hoeft niet grappig of slim te zijn: een gewoon verhaal is goed genoeg. Uitgepraat? Neuriën mag ook.

songs-from-your-own-childhood =
    .title = Vraag naar de liedjes van vroeger
    .body = Vraag vandaag een grootouder of een ander familielid welke liedjes er vroeger voor jou werden gezongen, misschien in een andere taal of een dialect. Leer er één en zing het voor je baby, of laat die ander het doen. Zo krijgt je baby een liedje mee dat generaties meegaat: een draadje tussen familie en kind. Weet niemand er nog een? Dan begint er nu een nieuwe traditie.

what-you-know-about-your-baby =
    .title = Wat weet jij nu over je baby?
    .body = Schrijf vandaag drie dingen op die je nu over je baby weet en vlak na de geboorte nog niet: hoe die het liefst gedragen wordt, welk geluid rust geeft, waar die om moet lachen. Dat is precies wat je baby nodig heeft: iemand die ziet wie dit kind is, zonder het met anderen te vergelijken. Geef het lijstje gerust aan een oppas of de opvang. En vul het over een maand aan.

tension-at-home-soft-voice =
    .title = Spanning in huis? Houd je stem zacht bij je baby
    .body = Loopt er vandaag iets hoog op, met je partner, een familielid of aan de telefoon? Stel het gesprek uit tot je baby slaapt of ergens anders is, en praat bij je baby met een rustige stem. Baby’s voelen spanning in stemmen en lijven, ook als ze er niets van snappen. Liep het toch op met je baby erbij? Pak je baby op, adem rustig en zeg zacht: ‘Het is weer goed.’ Samen weer rustig worden telt.
