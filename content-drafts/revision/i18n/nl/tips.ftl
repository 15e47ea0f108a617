# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Zeg vandaag hallo tegen de buik
    .body = Vertel de baby in de buik vandaag hardop wat je aan het doen bent, al zijn het maar een paar zinnen tijdens het koken. Je stem komt gedempt binnen en wordt zo een bekend geluid voor straks. Is het niet jouw buik? Ga er dan dichtbij zitten, hand erop. Voelt praten minder gek dan gedacht, of voel je beweging terwijl je praat? Dan is het contact al begonnen.

bump-lullaby-choice =
    .title = Kies één liedje voor jou en je baby
    .body = Zoek vandaag één liedje uit dat je de komende weken vaak zingt of neuriet: een slaapliedje, of gewoon een nummer dat je mooi vindt. Herhaling maakt een melodie vertrouwd, zodat je na de geboorte meteen iets bekends hebt om je baby mee te troosten. Vals zingen mag; het gaat om jouw stem, niet om de wijs.

support-circle-names =
    .title = Schrijf drie mensen op die kunnen helpen
    .body = Schrijf vandaag drie mensen op die je na de geboorte iets praktisch kunt vragen: een maaltijd, boodschappen, een wasje, of een uurtje bij de baby zodat jij kunt slapen. Uitgeruste ouders hebben meer ruimte om rustig op hun baby te reageren, en hulp vragen is een kracht. Hang het lijstje op de koelkast, dan hoef je het straks niet te onthouden.

love-grows-slowly =
    .title = Liefde mag ook langzaam groeien
    .body = Zeg vandaag tegen jezelf, of tegen iemand die je vertrouwt: ‘Misschien voel ik niet meteen die grote liefde, en dat is oké.’ Bij veel ouders groeit de band pas in de eerste weken na de geboorte, en als het trager gaat is dat zelden iemands schuld. Die zin kun je straks, op een zware nacht, nog eens tegen jezelf zeggen.

skin-to-skin-birth-plan =
    .title = Zet huid op huid in je geboorteplan
    .body = Zet vandaag in je geboorteplan, of vertel wie je bij de bevalling begeleidt, dat je je baby na de geboorte bloot op je blote borst wilt. Dat contact helpt je baby om temperatuur, hartslag en stress in evenwicht te brengen. Lukt het de bevallende ouder niet, dan kan een ander het doen, zolang die wakker en alert is. Herhaal het op de dag zelf nog eens.

rest-half-hour =
    .title = Plan vandaag een half uur niks
    .body = Kies vandaag een moment waarop je een half uur gaat liggen of zitten zonder dat er iets hoeft: geen lijstjes, geen klusjes. Rust is nu geen luxe, want een ouder die niet op is, kan straks makkelijker geduldig en zacht reageren. Je merkt dat het werkt als je schouders zakken en de rest van de dag wat minder gejaagd voelt.

small-circle-close =
    .title = Bedenk wie er de eerste weken dichtbij is
    .body = Spreek vandaag af welke paar mensen er de eerste weken echt zijn om, samen met jou, voor je baby te zorgen. Een baby hecht zich aan een klein aantal volwassenen die vaak in de buurt zijn, dus een kleine, vaste kring is fijner dan veel wisselende handen. Dat rijtje mag later groeien; voor nu is klein genoeg.

bump-hands-hello =
    .title = Een rustig handenmoment met de buik
    .body = Leg vanavond een paar minuten je handen op de buik, of vraag je partner, als je die hebt, om dat te doen. Beweeg langzaam, adem rustig en zeg iets liefs. Zo’n vast moment van aanraking maakt de baby voor jou alvast wat echter en zet de toon voor de vele knuffels die nog komen. Je merkt het als je naar dit moment gaat uitkijken.

newborn-signals-preview =
    .title = Leer nu al hoe een pasgeborene je roept
    .body = Bekijk vandaag hoe een pasgeboren baby om nabijheid vraagt: huilen om hulp, zoeken naar ogen, met de handjes grijpen en tot rust komen bij jouw stem of aanraking. Als je die signalen straks herkent, kun je er sneller en rustiger op ingaan. Je merkt dat het werkt als je na de geboorte ineens denkt: o ja, dit is zo’n signaal.

calm-breath-practice =
    .title = Oefen één rustige ademhaling
    .body = Oefen vandaag een paar keer dezelfde ademhaling: vier tellen in, zes tellen uit, schouders omlaag. Een pasgeboren baby kan zichzelf nog niet kalmeren en leunt op jouw rust, dus een vertrouwde manier om zelf tot rust te komen is straks goud waard. Straks, met een huilende baby in je armen, zit die ademhaling dan al in je lijf.

bump-read-aloud =
    .title = Lees een bladzijde hardop voor
    .body = Lees vandaag één bladzijde hardop voor uit wat je toch al leest: een roman, de krant, een kinderboek dat je bewaard hebt. Het gaat niet om de inhoud, maar om het ritme van je stem, en dat geeft rust, nu en straks. Ben jij niet degene die zwanger is, dan is dit een fijne manier om mee te doen. Kies iets wat je zelf graag leest, dan hou je het vol.

first-weeks-honest-talk =
    .title = Vraag iemand hoe de eerste weken echt waren
    .body = Vraag vandaag aan iemand die al een kind heeft hoe de eerste weken echt voelden, ook de minder mooie kanten. De geboorte is een enorme overgang voor ouders én baby, en als je weet dat een trage start heel gewoon is, schrik je er minder van. Vraag ook wat hen toen het meest hielp.

money-worry-one-step =
    .title = Zet één stap bij een zorg die je nu al hebt
    .body = Kies vandaag één zorg die je bezighoudt, zoals geld, werk of woonruimte, en zet er één kleine stap voor: een lijstje maken, iemand bellen, of aan je huisarts of de JGZ vragen waar je terechtkunt. Zorgen vreten energie die je straks voor je baby wilt hebben, en ze aanpakken hoort er gewoon bij. De rest van die zorg mag morgen een volgende stap worden.

trust-reliable-care =
    .title = Betrouwbaar is iets anders dan perfect
    .body = Bedenk vandaag wat je baby van je moet kunnen verwachten, in simpele dingen: eten bij honger, warmte, troost bij verdriet. In het eerste jaar bouwt een baby vertrouwen op uit zorg die steeds weer komt, niet uit zorg zonder fouten. Schrijf er drie op, kort en haalbaar; ‘perfect’ hoeft niet op het lijstje.

safe-childhood-memory =
    .title = Wie gaf jou vroeger een veilig gevoel?
    .body = Denk vandaag terug aan iemand bij wie jij je als kind veilig, gezien of getroost voelde. Wat deed die persoon precies? Zulke kleine dingen, zoals een rustige stem of echt luisteren, kun je straks zelf aan je baby geven. Was er niemand, dan mag je nu kiezen hoe jij het wilt doen. Kies één ding dat je wilt meenemen en schrijf het op.

skin-to-skin-front-top =
    .title = Stop een shirt met knopen van voren in de tas
    .body = Leg vandaag een shirt of vest dat van voren open kan bij je spullen voor de bevalling, voor jou en voor een partner als je die hebt. Dan is huid op huid na de geboorte en in de eerste weken makkelijk: baby bloot tegen je borst, dekentje erover, terwijl je wakker en alert bent. Een dun dekentje erbij maakt het compleet.

bump-pet-name =
    .title = Geef je baby nu al een koosnaampje
    .body = Kies vandaag een koosnaampje en gebruik het als je tegen de buik praat, steeds op dezelfde zachte toon. Baby’s zijn na de geboorte heel gevoelig voor de klank en toonhoogte van een stem, meer nog dan voor de woorden zelf. Na de geboorte kan datzelfde naampje een eerste brug tussen jullie zijn.

visitors-calm-plan =
    .title = Maak een rustig plan voor bezoek
    .body = Spreek vandaag af hoe je het bezoek in de eerste weken wilt: bijvoorbeeld korte bezoekjes, hooguit één per dag, en iemand die de deur bewaakt als jij moe bent. Veel drukte en geluid is stressvol voor een pasgeboren baby, en voor jou ook. Een vriendelijk appje als ‘we laten het weten als het past’ mag gewoon.

clinic-gp-in-phone =
    .title = Zet drie nummers in je telefoon
    .body = Zet vandaag drie nummers in je telefoon: je huisarts, de huisartsenpost (voor avond, nacht en weekend) en het consultatiebureau bij jou in de buurt. Voelt het na de geboorte zwaar, komt de band maar niet, of maak je je zorgen om je baby, dan is vroeg bellen verstandig. Op een moeilijk moment hoef je dan niet eerst te zoeken.

safe-sleep-on-the-back =
    .title = Veilig slapen: op de rug, in een leeg bedje
    .body = Leg je baby vandaag en elke keer om te slapen op de rug, in een eigen bedje; dat bedje mag gerust in jouw slaapkamer staan. Laat het tot de eerste verjaardag leeg: geen knuffel, doekje, kussen of bedomrander. Een slaapzak die goed past, houdt je baby warm. Zo slaapt je baby veilig, en kun jij zelf ook wat rustiger slapen.

crying-peaks-then-eases =
    .title = Huilen piekt rond zes weken: wanneer bel je?
    .body = Huilen neemt bij de meeste baby’s toe tot ongeveer zes weken en wordt daarna vaak minder. Weet vandaag wanneer je niet afwacht: klinkt het huilen anders dan anders, heeft je baby koorts, drinkt die slecht, of is die slap of erg suf? Bel dan dezelfde dag de huisarts, ’s avonds en in het weekend de huisartsenpost. Liever een keer te vaak gebeld dan blijven twijfelen.

skin-to-skin-awake =
    .title = Huid op huid, terwijl jij wakker bent
    .body = Leg je baby vandaag in alleen een luier op je blote borst, dekentje over de rug, op een moment dat je zelf wakker en alert bent. Dat contact helpt je baby om temperatuur, hartslag en stress in balans te brengen. Je ziet dat het werkt als de ademhaling rustiger wordt en het lijfje ontspant. Word je slaperig? Leg je baby dan op de rug in het eigen bedje.

skin-to-skin-every-carer =
    .title = Huid op huid is er voor elke verzorger
    .body = Geef vandaag een andere vaste verzorger een beurt huid op huid: je partner, als je die hebt, of iemand anders die dicht bij je baby staat. Het is niet alleen voor de ouder die bevallen is; elke vertrouwde volwassene kan zo de band voelen groeien, zolang die wakker en alert blijft.

crying-is-asking =
    .title = Huilen is vragen, geen lastig doen
    .body = Zeg bij het volgende huiltje vandaag in je hoofd: ‘Je vraagt om hulp.’ Een pasgeboren baby heeft geen andere manier om te laten weten dat er iets nodig is, en zoekt van nature jouw nabijheid. Ga erheen, ook als je nog niet weet wat er is.

guess-aloud =
    .title = Raad hardop wat er aan de hand is
    .body = Is je baby vandaag onrustig, raad dan hardop: ‘Heb je honger? Ben je moe? Is het te druk?’ Je hoeft het niet meteen goed te hebben; door te zoeken en te reageren merkt je baby dat er iemand is die luistert. Een ander die mee zorgt, kan hetzelfde doen; zo leren jullie je baby samen kennen.

pregnancy-song-again =
    .title = Zing het liedje van de zwangerschap
    .body = Zing of neurie vandaag het liedje dat je tijdens de zwangerschap vaak liet horen, of begin nu met één vast liedje. Je baby reageert sterk op de klank en toon van een bekende stem, ook zonder de woorden te snappen. Zing zacht en langzaam. Een slaapliedje uit je eigen jeugd, in je eigen taal, is net zo goed.

grasp-finger =
    .title = Geef je baby je vinger om vast te pakken
    .body = Leg vandaag je vinger in het handje van je baby en laat je baby knijpen zolang die wil. Grijpen en vasthouden is een van de manieren waarop een pasgeborene nabijheid zoekt, vanaf de eerste dag. Blijf even zitten en kijk. Je merkt het als je baby stevig vasthoudt en rustig wordt, en misschien ben je zelf even ontroerd.

love-takes-weeks =
    .title = Nog geen grote liefde voelen mag
    .body = Voel je nog niet die overweldigende liefde? Zeg dan vandaag tegen jezelf: ‘Het groeit.’ De geboorte is een enorme overgang, voor jou en voor je baby, en bij veel ouders komt het gevoel pas in de loop van een paar weken. Blijf gewoon zorgen, vasthouden en praten. Voelt het na een paar weken nog steeds leeg of somber, vertel het dan aan het consultatiebureau of je huisarts.

ask-one-thing =
    .title = Vraag vandaag één ding aan iemand
    .body = Stuur vandaag één bericht met een concrete vraag: ‘Wil jij morgen soep brengen?’ of ‘Kun je een uurtje komen, zodat ik kan slapen?’ Moeheid en zorgen maken het lastiger om rustig op je baby te reageren, en hulp vragen is dan juist sterk. Wie iets vraagt, geeft een ander ook de kans om iets te doen.

ordinary-care-trust =
    .title = Gewone zorg bouwt vertrouwen
    .body = Zie vandaag elke voeding, schone luier en warme deken als een bouwsteen. In dit eerste jaar leert je baby uit zorg die steeds weer komt dat de wereld te vertrouwen is, en daar hoeft niets bijzonders bij. Zeg af en toe zacht: ‘Ik ben er.’ Ook de nachtvoeding om drie uur telt mee.

soft-voice-face =
    .title = Laat je gezicht en stem het werk doen
    .body = Praat vandaag een paar keer van dichtbij met je baby, met een zachte, wat hogere stem en een open, vriendelijk gezicht. Baby’s lezen gezichten, lichaamstaal en stemtoon lang voordat ze woorden begrijpen, en ze leren jouw gezicht en stem al snel kennen. Je merkt dat het werkt als je baby je aankijkt, stil wordt of met armpjes of mondje reageert.

gentle-order-not-clock =
    .title = Een vaste volgorde in plaats van een schema
    .body = Kies vandaag een vaste volgorde voor na het wakker worden, bijvoorbeeld voeden, verschonen, even knuffelen en weer slapen, zonder op de klok te letten. Een herkenbaar ritme maakt de wereld van je baby voorspelbaar en daardoor veilig. Zo’n volgorde is ook voor jou houvast, na een nacht met weinig slaap.

hand-hug-settle =
    .title = Twee warme handen voor een onrustige baby
    .body = Is je baby vandaag onrustig in bed of op de commode? Leg dan rustig één warme hand op de borst of buik en de andere om het hoofdje, en praat zacht. Jouw kalme aanraking helpt je baby tot rust te komen, en door dit vaak te doen leert je baby later zelf kalmeren. Je merkt het als armpjes en beentjes stiller worden.

share-comfort-early-weeks =
    .title = Troosten mag je delen in de eerste weken
    .body = Laat vandaag een vertrouwd iemand een huilbui van je overnemen, bijvoorbeeld in het onrustige uurtje na het eten, terwijl jij even op adem komt. In de eerste weken heeft je baby nog geen sterke voorkeur voor bepaalde mensen en laat zich ook door een andere rustige, liefdevolle volwassene troosten; die duidelijke voorkeur groeit later. Jij komt uitgeruster terug, en daar heeft je baby ook wat aan.

small-circle-of-hands =
    .title = Houd de kring rond je baby klein
    .body = Kies vandaag bewust wie je baby vasthoudt en verzorgt: liever een paar vaste mensen dan iedere bezoeker. Een baby hecht zich aan een klein groepje volwassenen die vaak dichtbij zijn, en dat vertrouwen groeit het best als die kring niet steeds wisselt. Bezoek mag gerust kijken en kletsen zonder je baby over te nemen.

early-sleepy-signs =
    .title = Zie de eerste slaaptekens op tijd
    .body = Let vandaag op de vroege tekens van moeheid: gapen, wegstaren, over het gezichtje wrijven of ineens schokkerig met armpjes en beentjes bewegen. Leg je baby dan alvast rustig neer of wieg wat, voordat het huilen begint. Zo leert je baby dat een signaal gezien wordt. Leg je baby op de rug, in een slaapzak, zonder losse dekens of knuffels.

early-hunger-cues =
    .title = Herken honger voordat het huilen begint
    .body = Let vandaag op vroege hongertekens: hoofdje draaien en zoeken, smakken, handjes naar de mond. Bied dan al een voeding aan, borst of fles, in plaats van te wachten op huilen. Zo antwoord je op het signaal dat je baby echt geeft, en dat is de kern van sensitief reageren. Je merkt het als voedingen rustiger beginnen.

stay-when-crying-continues =
    .title = Blijf erbij, ook als het huilen niet stopt
    .body = Huilt je baby vandaag en lukt niets? Blijf dan in de buurt, houd vast, wieg of praat zacht, zonder dat het huilen hoeft op te houden. Je faalt niet: je laat je baby voelen dat die er niet alleen voor staat, en dat telt. Ook als het huilen doorgaat: in jouw armen huilt je baby niet alleen.

at-your-limit-pause =
    .title = Nooit schudden: leg je baby neer en stap weg
    .body = Loopt het huilen je vandaag zo hoog op dat je boos of wanhopig wordt? Schud je baby nooit, ook niet even: een babyhoofdje kan daar niet tegen. Leg je baby op de rug in het eigen bedje, ga een paar minuten naar een andere kamer en adem langzaam uit. Bel of app iemand om te helpen. Zo’n pauze is goed zorgen, geen tekortschieten. Ga terug als je weer wat rustiger bent.

gentle-leg-massage =
    .title = Na het badje: een zachte beenmassage
    .body = Leg je baby vandaag na het badje op een warme handdoek, warm je handen en strijk langzaam van dij naar voetje, steeds op dezelfde manier. Olie hoeft niet; wil je het, neem dan een paar druppels gewone, ongeparfumeerde olie, geen noten- of olijfolie. Praat er zacht bij. Draait je baby weg, huilt of verstijft die, stop dan gewoon; morgen kan het weer. Slappe, warme beentjes zeggen: dit is fijn.

watch-two-minutes =
    .title = Kijk twee minuten alleen maar naar je baby
    .body = Ga vandaag na een voeding, als je baby wakker en tevreden op een kleed ligt, twee minuten ernaast zitten en kijk alleen maar: wat doen de handjes, de voetjes, het gezichtje? Benoem zacht wat je ziet: ‘Je strekt je vingers.’ Een kind dat zich echt gezien voelt, groeit in vertrouwen, en juist zulke kleine momenten tellen. Misschien ontdek je iets wat je nog niet wist.

tell-how-it-really-goes =
    .title = Vertel iemand hoe het echt gaat
    .body = Vertel vandaag aan één iemand eerlijk hoe het met je gaat, ook als dat ‘zwaarder dan gedacht’ is. Er verandert zoveel tegelijk voor jou en je baby dat een stroeve start heel begrijpelijk is, en het is zelden iemands schuld. Meestal groeit het gevoel van ‘dit is mijn kind’ binnen een paar weken. Liever een professional? Op het consultatiebureau luisteren ze ook.

skin-to-skin-after-bath =
    .title = Na het badje: even huid op huid
    .body = Leg je baby vandaag na het badje of wassen even bloot tegen je blote borst, met een handdoek of dekentje erover, zolang jij wakker en alert bent. Huid op huid is vlak na de geboorte het sterkst, maar blijft ook in deze weken waardevol voor de band en voor rust. Je merkt het als je baby warm en ontspannen tegen je aan ligt.

talk-then-pause =
    .title = Praat, wacht even en laat je baby ‘antwoorden’
    .body = Praat vandaag van dichtbij tegen je baby, kijk je baby aan en laat dan een pauze vallen, alsof je op antwoord wacht. Je baby begrijpt de woorden nog niet, maar leert zo jouw stem kennen en voelt het heen en weer van contact. Het ‘antwoord’ kan even op zich laten wachten; een pasgeborene is traag, geef het tijd.

carry-through-fussy-hour =
    .title = Draag je baby door een onrustig uurtje
    .body = Heeft je baby vandaag een onrustig uurtje? Houd je baby dan rechtop tegen je borst en loop langzaam door het huis. Warmte, je hartslag en het zachte wiegen van je stappen geven houvast. Gebruik je een draagdoek, zorg dan dat het gezichtje vrij en zichtbaar blijft. Veel baby’s hebben zo’n uurtje, vaak ’s avonds; dat is heel gewoon en het gaat voorbij.

night-soft-light =
    .title = ’s Nachts: zacht licht, weinig woorden
    .body = Ga vannacht bij elk huiltje rustig naar je baby, met gedempt licht en een paar zachte woorden, en leg je baby daarna weer terug. Juist ’s nachts leert je baby dat er altijd iemand komt, en daaruit groeit basisvertrouwen. Het hoeft niet snel of perfect. Overdag mag het licht juist binnen; zo leert je baby langzaam het verschil tussen dag en nacht.

smile-back-and-wait =
    .title = Lach terug en wacht even
    .body = Kijkt je baby je vandaag aan, bijvoorbeeld op het aankleedkussen, stop dan even, lach breed terug en wacht een paar tellen voordat je iets zegt. Ook een geluidje van de andere kant van de kamer verdient een lach of een woord terug. Jouw gezicht is voor je baby het boeiendste wat er is, en dit heen en weer is jullie eerste gesprekje. De eerste lach terug komt vaak rond zes weken.

coo-back-and-forth =
    .title = Een gesprekje van klinkers
    .body = Doe vandaag het koeren van je baby na, ‘aaa’ of ‘oeh’, en laat daarna een stilte vallen zodat je baby weer aan de beurt is. Zo ontdekt je baby dat geluidjes maken iets oplevert: iemand die luistert en antwoord geeft. Je merkt het als je baby in jouw pauzes zelf weer gaat brabbelen of aandachtig naar je mond kijkt.

lower-your-voice-when-fussy =
    .title = Zachter praten bij onrust
    .body = Wordt je baby vandaag onrustig, laat je stem dan zakken: langzamer, lager en zachter, alsof je een geheimpje vertelt. Baby’s horen precies hoe je stem klinkt, en een rustige toon zegt ‘het is goed’ lang voordat ze woorden snappen. In de auto of in de supermarkt werkt die fluisterstem net zo goed.

knee-bouncing-rhyme =
    .title = Hop hop paardje op je knieën
    .body = Zet je baby vandaag op je knieën, stevig vastgehouden onder de armpjes, en zing Hop hop paardje met zachte hupjes op de maat. Wacht vlak voor het eind even, laat je baby dan een klein stukje zakken tussen je knieën en vang meteen weer op. Dat spannende moment met een vertrouwde afloop zegt: jij vangt me altijd. Vraagt je baby met een geluidje om meer? Dan weet je genoeg.

sway-to-a-slow-song =
    .title = Wiegen op In de maneschijn
    .body = Neem je baby vandaag in je armen en wieg langzaam heen en weer op de maat van In de maneschijn of een ander rustig liedje. Het vaste ritme en jouw stem zo dichtbij geven je baby houvast. Vals zingen of eigen woorden verzinnen mag: het gaat om jou. Wie weet wordt dit jullie vaste avondliedje.

tummy-circles-massage =
    .title = Rondjes over het buikje
    .body = Leg je baby vandaag op een warme handdoek en maak met een warme hand langzame rondjes met de klok mee over het buikje. Olie is niet nodig; gebruik je het, neem dan een druppel gewone, ongeparfumeerde olie, geen noten- of olijfolie. Trage, herhaalde bewegingen helpen je baby tot rust te komen. Kijkt je baby weg of wordt die onrustig, dan stop je. Een diepe zucht of een gaap betekent: dit is fijn.

long-strokes-down-the-back =
    .title = Lange halen over het rugje
    .body = Ligt je baby vandaag wakker op je schoot of op de buik naast je, strijk dan met een warme hand in lange, trage halen van nek naar billen. Olie hoeft niet; op de blote huid kan een beetje gewone, ongeparfumeerde olie, nooit noten- of olijfolie. Langzame, voorspelbare aanraking kalmeert het hele lijfje. Tilt je baby het hoofdje weg of wordt die druk, dan is het genoeg voor vandaag.

talk-through-the-nappy-change =
    .title = Vertel wat je doet bij het verschonen
    .body = Praat vandaag bij elke verschoning hardop mee: ‘Eerst je broekje uit, brr, even koud. En nu een schone luier.’ Je baby begrijpt de woorden nog niet, maar hoort je stem, voelt wat er komt en raakt zo vertrouwd met taal. Zo wordt een klusje dat vaak per dag terugkomt een momentje samen. Raak je uitgepraat? Neurie dan gewoon.

say-it-before-you-do-it =
    .title = Eerst zeggen, dan doen
    .body = Kondig vandaag aan wat je gaat doen voordat je het doet: ‘Ik til je op’, ‘nu gaat je mouw over je handje’. Wacht daarna een tel. Zo leert je baby dat er niets zomaar uit het niets gebeurt, en dat maakt optillen en aankleden minder schrikken. Na een tijdje zie je je baby zich klaarmaken, bijvoorbeeld door de armpjes te spannen als je ‘op’ zegt.

guided-tour-on-your-walk =
    .title = Een rondleiding tijdens het wandelen
    .body = Vertel je baby vandaag onderweg wat jullie tegenkomen: ‘Kijk, een hond. Hoor je die bus?’ Houd het kort en laat stiltes vallen. Zo deel je de wereld met je baby, en wordt jouw stem een vertrouwd anker tussen alle nieuwe dingen. Geen zin om te praten? Samen kijken en af en toe iets aanwijzen is ook genoeg.

one-little-book-every-day =
    .title = Eén boekje, elke dag
    .body = Pak vandaag een stevig prentenboekje en lees het voor, ook al heeft je baby geen idee waar het over gaat. Het gaat om de melodie van je stem en het dicht tegen elkaar aan zitten. Lees morgen gerust hetzelfde boekje: herhaling is fijn. Het werkt als je baby stil wordt bij de eerste zin, of van de plaatjes naar jou kijkt en weer terug.

bold-black-and-white-pictures =
    .title = Zwart-witte plaatjes bekijken
    .body = Houd vandaag een boekje met duidelijke zwart-witte plaatjes ongeveer zo ver van je baby als jouw gezicht is tijdens het voeden, en vertel zacht wat erop staat. Jonge baby’s zien sterke contrasten het best, en jouw stem maakt er een moment samen van. Kijkt je baby weg, dan is dat een pauze. Strak kijken en stil worden laten zien dat het boeit.

read-your-own-book-aloud =
    .title = Lees voor uit je eigen boek
    .body = Zin om zelf iets te lezen? Lees dan vandaag een paar bladzijden hardop voor met je baby op schoot: uit je roman, een tijdschrift of een recept. Voor je baby telt vooral het ritme van je stem, niet het verhaal. En jij hebt ook even iets voor jezelf. Een andere verzorger kan dit ook, met het eigen lievelingsboek.

three-steps-before-sleep =
    .title = Drie vaste stapjes voor het slapen
    .body = Kies vandaag drie kleine stapjes die je voortaan steeds voor het slapen doet, bijvoorbeeld: gordijnen dicht, slaapzak aan, één liedje. Dezelfde volgorde vertelt je baby wat er komt, en een voorspelbare wereld voelt veilig. Het hoeft niet op de minuut, en iedereen die je baby naar bed brengt kan het zo doen. Later kan er een boekje of tandenpoetsen bij; de volgorde blijft.

a-familiar-feeding-spot =
    .title = Een vast plekje om te voeden
    .body = Voed je baby vandaag zoveel mogelijk op hetzelfde rustige plekje en in dezelfde houding, met je telefoon even buiten bereik. Herkenbare momenten geven je baby houvast: hier krijg ik eten en aandacht. Lukt het niet elke keer? Geen punt. Bij de fles kan iedere vaste verzorger hetzelfde plekje gebruiken.

the-same-good-morning =
    .title = Elke ochtend hetzelfde goedemorgen
    .body = Begroet je baby vandaag bij het wakker worden steeds op dezelfde manier: gordijn open, ‘Goedemorgen, daar ben je!’ en een knuffel. Zo’n klein vast ritueel maakt het begin van de dag herkenbaar en warm. Wie er ook opstaat, jij, je partner als je die hebt of een grootouder, kan het zo doen. Het tijdstip maakt niet uit, en het hoeft niet elke dag even mooi.

together-in-the-mirror =
    .title = Samen in de spiegel kijken
    .body = Ga vandaag met je baby op schoot voor een spiegel zitten en vertel wat je ziet: ‘Daar ben jij, en daar ben ik. En hier is je oor.’ Raak het oortje aan terwijl je het zegt. Je baby ziet vooral een leuk gezichtje terugkijken; zichzelf herkennen komt later, maar samen kijken en benoemen verbindt al. Lacht je baby naar dat andere kindje? Zwaai dan samen terug.

mirror-by-the-changing-table =
    .title = Een spiegeltje bij de commode
    .body = Zet of hang vandaag een onbreekbaar spiegeltje bij de commode en kijk er samen in tijdens het verschonen: ‘Daar zijn je voetjes! En hier je buik.’ Zo wordt een klusje een klein spelletje samen, en koppel je jouw woorden aan wat je baby ziet en voelt. Maak het wel goed vast, want baby’s grijpen graag.

quiet-corner-after-a-busy-day =
    .title = Na drukte even naar een stil hoekje
    .body = Was het vandaag druk, met bezoek, de supermarkt of een verjaardag? Zoek daarna met je kind een rustig, wat schemerig plekje op, zonder tv of muziek. Houd een baby tegen je aan; met een ouder kind kan samen blokken stapelen of een boekje ook. Veel geluid en gezichten kunnen een klein kind overspoelen, ook als het ervan genoot. Stilte bij jou helpt alles te laten zakken.

looking-away-means-a-break =
    .title = Wegkijken betekent: even pauze
    .body = Let vandaag tijdens spelen, knuffelen of praten op wegkijken, gapen, hikken, een gefronst gezichtje of wild zwaaiende armpjes. Zo zegt je baby vaak: even genoeg. Stop dan met praten, kijk zelf ook even weg en geef wat ruimte. Kijkt je baby je weer aan, dan ga je verder. Zo ervaart je baby dat de eigen signalen invloed hebben op wat er gebeurt.

bright-eyes-time-to-play =
    .title = Heldere oogjes? Tijd om te spelen
    .body = Heeft je baby vandaag heldere ogen, een open gezicht en trappelende beentjes? Dan vraagt je baby om contact. Dat is het moment voor een liedje, een rammelaar of gekke geluidjes. Een baby heeft niet alleen rust nodig, maar ook jou als speelmaatje. Je merkt dat het raak is als je baby je blijft aankijken en steeds meer geluidjes maakt.

one-thing-at-a-time =
    .title = Eén ding tegelijk
    .body = Zet vandaag tijdens het spelen de tv of radio uit en geef je baby maar één speeltje tegelijk. Voor een baby is jouw gezicht met één rammelaar erbij al een hele wereld; meer tegelijk maakt eerder onrustig dan blij. Morgen mag er gerust een ander speeltje komen; vandaag is één genoeg.

answer-the-reach =
    .title = Reageer als je baby naar je reikt
    .body = Strekt je baby vandaag de armpjes naar je uit of grijpt die naar je haar of je vinger, reageer dan: pak het handje, lach en zeg ‘Hé, daar ben je!’ Zo leert je baby dat contact zoeken werkt en dat jij er bent. Je hoeft niet alles te laten vallen; een blik en een paar woorden zijn vaak genoeg.

look-where-they-look =
    .title = Kijk mee met je baby
    .body = Volg vandaag eens waar je baby naar kijkt, de lamp, wiebelende bladeren, de kat, en praat erover: ‘Jij ziet die blaadjes bewegen, hè?’ Meegaan met wat je baby boeit zegt: ik zie wat jij ziet. Dat is gevoelig reageren in het klein. Het werkt als je baby langer blijft kijken en dan naar jou, alsof die het wil delen.

cheer-the-small-things =
    .title = Juich om kleine dingen
    .body = Geef je baby vandaag een enthousiast complimentje bij elke poging: het hoofdje optillen, een nieuw geluidje, een greep naar het speeltje. ‘Wauw, dat deed je zelf!’ Jouw blije gezicht laat je baby ervaren dat wat die doet voor jou telt. Het gaat om jouw blijdschap, niet om wat je baby al kan.

eyes-on-each-other-during-a-feed =
    .title = Kijk elkaar aan tijdens de voeding
    .body = Leg vandaag tijdens één voeding je telefoon weg en kijk je baby rustig aan. Zeg zacht iets of neurie een wijsje. Zoekt je baby je blik, houd die dan vast; kijkt je baby weg, ook goed. Zulke momenten van elkaar aankijken zijn de bouwstenen van jullie band. Van dichtbij, zo ver als jouw gezicht tijdens het voeden, ziet je baby je het best.

a-song-with-their-name =
    .title = Een liedje met de naam van je baby
    .body = Verzin vandaag een simpel liedje met de naam van je baby erin, bijvoorbeeld op de wijs van Altijd is Kortjakje ziek. Zing het bij het aankleden of onderweg in de kinderwagen. Je baby hoort de eigen naam vaak en vrolijk, en jullie liedje wordt iets van jullie samen. Een tweede taal thuis? Zing het dan in de taal van je hart.

finger-rhyme-on-toes =
    .title = Een vingerversje op de teentjes
    .body = Speel vandaag een vingerversje zoals Dit is de duim, terwijl je een voor een de vingertjes of teentjes aanraakt, en kriebel aan het eind even zacht. Rijmpjes met aanraking combineren ritme, jouw stem en je handen: drie dingen waar baby’s van houden. Vraag opa of oma eens naar een versje uit hun eigen jeugd.

an-extra-cuddle-minute =
    .title = Een extra knuffelminuut
    .body = Neem vandaag na een slaapje een minuut extra om je baby gewoon vast te houden, zonder dat er iets hoeft. Knuffelen maakt oxytocine aan, een stofje dat jullie band versterkt, en het laat je baby voelen dat die welkom is. Op een drukke dag doet het jou ook goed. Een kwartier mag ook, als de dag het toelaat.

face-to-face-on-the-floor =
    .title = Op de buik, oog in oog
    .body = Ga vandaag plat op de grond liggen als je baby op de buik ligt te oefenen, met je gezicht op dezelfde hoogte. Lach, trek je wenkbrauwen op, praat zacht. Jouw gezicht vlakbij maakt het zware werk van het hoofdje optillen een stuk leuker. Een paar minuten is genoeg; op de buik spelen doe je alleen als je baby wakker is en jij erbij bent.

glad-you-are-here =
    .title = Laat merken dat je blij met je baby bent
    .body = Zeg vandaag zomaar tussendoor, met je gezicht dichtbij: ‘Wat fijn dat jij er bent.’ Je baby begrijpt de woorden niet, maar voelt je warme blik en blije toon. Juist in zulke kleine, gewone momenten ontdekt je baby dat die gezien wordt en welkom is. Uit het autostoeltje of de kinderwagen tillen is er een mooi moment voor.

another-carer-takes-the-bath =
    .title = Laat een ander het badje doen
    .body = Laat vandaag iemand die vaak bij je baby is, je partner als je die hebt, een grootouder of een vaste oppas, het badje doen, terwijl jij erbij bent. Een baby kan zich ook aan andere vertrouwde volwassenen hechten, en dat maakt het later makkelijker als jij even weg bent. Je merkt het als je baby die ander ook aankijkt, toelacht en zich ook door die ander laat troosten.

picking-up-does-not-spoil =
    .title = Oppakken verwent niet
    .body = Hoor je vandaag ‘laat maar even huilen, anders raakt je baby verwend’? Bij een jonge baby mag je dat rustig naast je neerleggen en gewoon gaan troosten. Je baby huilt niet uit gewoonte, maar omdat er iets nodig is, en wie steeds antwoord krijgt, leert dat roepen zin heeft. Spreek dit af met iedereen die mee zorgt. Zelf tot rust komen leert je baby pas veel later, juist dankzij jouw hulp nu.

only-you-will-do-now =
    .title = Wil je baby alleen jou? Dat is de band
    .body = Protesteert je baby vandaag als een ander je baby overneemt? Rond deze leeftijd kiest een baby duidelijk voor de mensen aan wie die gehecht is. Dat is geen verwennerij en niets om af te leren, maar een teken dat jullie band zichtbaar wordt. Neem je baby even terug, stel gerust en geef het tijd.

not-the-favourite-right-now =
    .title = Even niet de favoriet?
    .body = Wil je baby vandaag alleen naar die ene ouder of verzorger en niet naar jou? Dat kan pijn doen, maar het is heel gewoon rond deze leeftijd: de voorkeur voor één vertrouwd persoon wordt sterker. Blijf rustig en vriendelijk in de buurt en doe kleine vaste dingen samen, zoals het badje of een liedje. Die voorkeur verschuift vaak weer; jouw plek blijft.

let-strangers-warm-up-slowly =
    .title = Laat onbekenden rustig opwarmen
    .body = Komt er vandaag bezoek dat je baby weinig ziet, of wil op een verjaardag iedereen je baby even vasthouden? Houd je baby eerst zelf op schoot en vraag vriendelijk of de ander eerst met jou praat en rustig lacht: ‘We kijken eerst even vanaf hier.’ Eenkennigheid is heel gewoon vanaf een maand of zes à negen; je baby checkt bij jou of het veilig is. Je baby bepaalt wanneer het dichterbij mag.

a-short-goodbye-ritual =
    .title = Een kort en vast afscheidsritueel
    .body = Breng je je baby vandaag naar de opvang of een oppas? Houd het afscheid kort en elke keer hetzelfde: een knuffel, ‘Dag dag, ik kom na het fruit terug’, een zwaai bij het raam, en dan echt gaan. Stiekem wegglippen is verleidelijk, maar plots verdwijnen maakt een baby juist onzekerder. Tranen mogen; vaak is je baby al snel getroost door de vertrouwde medewerker.

peekaboo-with-a-cloth =
    .title = Kiekeboe met een doekje
    .body = Leg vandaag een dunne doek over je eigen hoofd, wacht een tel en trek hem weg: ‘Kiekeboe!’ En dan nog eens, en nog eens. Je baby ontdekt dat jij terugkomt als je even weg bent, en dat weggaan en terugkomen zelfs een spelletje kan zijn. Die ademloze stilte vlak voordat je tevoorschijn komt, hoort erbij: spanning met een goede afloop.

let-them-pull-the-cloth =
    .title = Laat je baby de doek wegtrekken
    .body = Speel vandaag kiekeboe, maar laat je baby zelf de doek van jouw gezicht trekken, of leg het doekje licht over het hoofdje van je baby: ‘Waar ben je? Daar ben je!’ Zelf het einde maken geeft je baby het gevoel iets te kunnen laten gebeuren. Je merkt het als je baby het doekje teruggeeft of zich zelf gaat verstoppen: nog een keer!

peekaboo-while-dressing =
    .title = Kiekeboe bij het aankleden
    .body = Trek je vandaag een truitje over het hoofd van je baby, maak er dan een spelletje van: ‘Waar is je gezicht? Kiekeboe!’ Zo wordt een moment waar veel baby’s een hekel aan hebben een voorspelbaar grapje. Even niets zien en dan jou weer vinden is voor je baby telkens een kleine geruststelling. Heeft je baby er vandaag geen zin in, dan mag het truitje ook gewoon snel.

keep-the-circle-small =
    .title = Houd de kring klein en vertrouwd
    .body = Kijk vandaag eens wie er allemaal voor je baby zorgen. Een baby hecht zich aan een paar mensen die vaak dichtbij zijn, dus een kleine, vaste groep werkt beter dan veel wisselende gezichten. Regel je opvang of oppas, kies dan liever steeds dezelfde persoon of dezelfde vaste dagen. Een nieuwe oppas? Laat die eerst een keer komen terwijl jij thuis bent.

settle-in-step-by-step =
    .title = Stap voor stap wennen bij de opvang
    .body = Gaat je baby binnenkort naar de opvang of een nieuwe oppas? Plan een paar korte wenmomenten: eerst samen een uurtje, dan even zonder jou, dan wat langer. Zo leert je baby de nieuwe verzorger in kleine stapjes kennen, terwijl jij nog het vertrouwde anker bent. Vraag gerust naar een vaste begeleider. Wennen kost bij de een een week, bij de ander een maand; allebei gewoon.

share-your-comfort-secrets =
    .title = Deel je troostgeheimen
    .body = Schrijf vandaag voor de oppas, de grootouders of de opvang op hoe jullie je baby troosten en laten slapen: welk liedje, welke manier van wiegen, welke woorden. Een vertrouwd knuffeltje is fijn om overdag mee te troosten, maar gaat tot de eerste verjaardag niet mee in bed. Als een ander op dezelfde manier reageert, herkent je baby dat en voelt die zich sneller veilig.

a-regular-day-with-someone-else =
    .title = Een vast moment met opa, oma of een ander
    .body = Spreek vandaag met een grootouder, een buur of een goede vriend af om je baby vaker te zien, liefst op een vast moment, zoals elke woensdag. Een baby kan zich ook hechten aan andere volwassenen die regelmatig en liefdevol in de buurt zijn, en dat is een mooi cadeau voor later. En voor jou is het meteen een adempauze.

a-bond-with-the-childcare-worker =
    .title = Een band met de opvang is goed nieuws
    .body = Strekt je baby vandaag de armpjes uit naar de pedagogisch medewerker van de opvang? Dat kan even een steek geven, maar het is goed nieuws: je baby voelt zich daar veilig. Jouw plek blijft uniek; een kind kan zich aan meerdere mensen hechten zonder dat de band met jou minder wordt. Zeg het gerust tegen de medewerker: ‘Fijn om te zien hoe vertrouwd het hier is.’

you-on-the-floor-them-exploring =
    .title = Jij op de grond, je baby op ontdekking
    .body = Ga vandaag op de grond zitten terwijl je baby speelt, rolt of wegkruipt, en blijf daar gewoon, rustig en zichtbaar. Je baby durft verder te ontdekken omdat jij het vertrouwde vertrekpunt bent. Je hoeft niet mee te spelen; er zijn is genoeg. Een kopje thee erbij mag; jij hoeft alleen maar te blijven.

say-what-they-feel =
    .title = Zeg wat je baby voelt
    .body = Zeg vandaag hardop wat je denkt dat je baby voelt: ‘Je schrok van dat harde geluid, hè?’ of ‘Je bent boos, je wilde dat blokje hebben.’ Je baby begrijpt de woorden nog niet, maar merkt aan je toon dat jij ziet wat er vanbinnen gebeurt. Zo groeit het gevoel: wat ik voel, mag er zijn. Zit je ernaast met je gok? Geen probleem, je baby voelt vooral dat je het probeert.

wonder-aloud-what-they-think =
    .title = Vraag je hardop af wat je baby denkt
    .body = Zie je je baby vandaag geboeid naar iets kijken, zeg dan wat je denkt dat er in dat hoofdje omgaat: ‘Wat is dat voor ding, denk je? Dat wil je wel pakken, hè?’ Door je in je baby te verplaatsen en het uit te spreken, leer je je baby steeds beter kennen. Of je gok klopt, is minder belangrijk dan dat je het probeert.

a-day-you-can-predict =
    .title = Een dagritme dat je kunt voorspellen
    .body = Schrijf vandaag eens op hoe jullie dag grofweg verloopt: wakker worden, eten, slapen, naar buiten, badje. Probeer dat ritme de komende week ongeveer aan te houden, ook als iemand anders op je baby past. Een herkenbare dag maakt de wereld overzichtelijk en daardoor veilig. Een vakantie of logeerpartij gooit het even om; daarna komt het ritme vanzelf terug.

hide-a-toy-under-a-cloth =
    .title = Een speeltje verstoppen onder een doek
    .body = Verstop vandaag, terwijl je baby kijkt, een speeltje half onder een doek en vraag: ‘Waar is de bal?’ Laat je baby zoeken en juich als die het vindt. Zo ontdekt je baby dat dingen, en mensen, blijven bestaan als ze even uit zicht zijn. Daardoor wordt jouw weggaan ook wat begrijpelijker. Wil je baby het nog een keer? Dat is precies de bedoeling.

tears-at-goodbye-are-no-failure =
    .title = Tranen bij afscheid zijn geen mislukking
    .body = Huilt je baby vandaag als je weggaat, bij de opvang of bij de grootouders? Rond deze leeftijd is dat heel gewoon: je baby snapt dat jij weg bent, maar nog niet goed dat je terugkomt. Het zegt iets moois over jullie band, niet iets slechts over jouw aanpak. Zeg vriendelijk gedag en vertrouw op de ander. Bel of app gerust wat later om te horen hoe het gaat.

clap-your-hands-song =
    .title = Klap eens in je handjes
    .body = Zing vandaag Klap eens in je handjes en klap samen: eerst met jouw handen om die van je baby, later misschien zelf. Liedjes met vaste gebaren worden een herkenbaar spelletje dat je baby ook bij een grootouder of oppas kan terugvinden. Zo neem je iets van thuis mee naar andere plekken. Ook in een wachtkamer maakt het liedje het wachten korter.

there-at-night-too =
    .title = Ook ’s nachts ben je er
    .body = Wordt je baby vannacht vaker wakker dan eerst? Rond deze leeftijd gebeurt dat vaak, ook omdat je baby beter doorheeft dat jij er soms niet bent. Ga kijken, leg een hand op je baby en zeg zacht: ‘Ik ben hier.’ Dat bevestigt steeds weer: als ik roep, komt er iemand. Het werkt als je baby sneller weer in slaap valt. Ben je kapot? Wissel af met een ander als dat kan.

only-you-will-do-take-a-break-anyway =
    .title = Wil je baby alleen jou? Neem toch pauze
    .body = Wil je baby alleen bij jou zijn en word je daar moe van? Heel begrijpelijk. Plan toch kleine pauzes: laat iemand die je vertrouwt een rondje wandelen met je baby, of neem tien minuten voor een douche terwijl een ander oppast. Een uitgeruste verzorger heeft meer geduld, en je baby leert dat die ander ook veilig is.

safe-seen-soothed =
    .title = Veilig, gezien, getroost
    .body = Sta vanavond even stil bij de dag. Was je baby veilig? Werd je baby gezien, al was het in een paar blikken? Werd je baby getroost toen dat nodig was? Kun je meestal ‘ja, zo ongeveer’ zeggen, dan groeit er bij je baby een gevoel van zekerheid. Perfect hoeft niet.

point-and-name =
    .title = Wijs aan en vertel
    .body = Wijs vandaag een paar keer iets aan en noem het: ‘Kijk, de poes!’ Kijk daarna naar je baby en dan weer naar de poes. Rond deze leeftijd begint je baby te snappen dat jouw vinger ergens naartoe wijst, en samen naar hetzelfde kijken is een nieuwe manier van contact. Wijst je baby zelf iets aan? Noem het dan meteen: ‘Ja, een vogel!’

cuddles-for-a-busy-explorer =
    .title = Knuffelen blijft belangrijk
    .body = Nu je baby meer beweegt en wil ontdekken, schiet lang knuffelen er misschien bij in. Maak vandaag bewust een paar rustige momenten: samen op de bank na het eten, even dicht tegen je aan voor het slapen. Aanraking blijft jullie band voeden, ook nu je baby groter wordt. Je merkt het als je baby uit zichzelf tegen je aan komt liggen of het hoofd op je schouder legt.

name-the-fall =
    .title = Zeg wat je ziet na een val
    .body = Valt je kind vandaag, ga dan even op ooghoogte zitten en zeg wat er gebeurde: ‘Boem, je viel op je knie. Daar schrok je van, hè?’ Woorden bij een gevoel helpen je kind begrijpen wat er vanbinnen gebeurt. Maak het niet groter of kleiner dan het was; precies benoemen is genoeg.

be-the-fixed-point =
    .title = Wees vandaag het vaste punt
    .body = Ga vandaag in de speeltuin op een bankje of thuis op één plek zitten, goed zichtbaar, en blijf daar. Je kind loopt weg, kijkt om en komt even terug voor een aai of een knipoog. Geef die kort en laat het weer gaan: dat is bijtanken. Wie weet dat jij blijft zitten, durft een stukje verder. Na een paar rondjes worden de uitstapjes vaak vanzelf langer.

open-arms-first =
    .title = Eerst open armen, vragen komen later
    .body = Kruipt of loopt je baby vandaag huilend naar je toe na een schrik, een harde knal of een kleine val? Open dan eerst gewoon je armen en vang op, nog zonder vragen of uitleg; zeggen dat het niks is, hoeft ook niet. Een veilige haven om op adem te komen maakt het daarna makkelijker om weer te gaan ontdekken. Vaak glijdt je baby na een poosje vanzelf weer van je schoot.

count-to-ten-before-helping =
    .title = Tel tot tien voordat je helpt
    .body = Zie je je kind vandaag worstelen met een blokje, een deksel of een schoen, tel dan rustig tot tien voordat je helpt. Zo krijgt je kind de kans om zelf iets uit te vinden, met jou dichtbij als vangnet. Je ziet het werken aan die trotse blik als het lukt, of aan een handje dat jou erbij haalt als het echt niet gaat.

choice-of-two =
    .title = Laat je kind kiezen uit twee
    .body = Geef je kind vandaag een paar keer een keuze uit twee: de rode of de blauwe beker, eerst de broek of eerst de trui. Zo’n kleine keuze laat je kind voelen dat het ertoe doet wat het zelf wil. Je merkt het aan wat minder strijd bij het aankleden, of aan hoe beslist je kind naar een van de twee wijst.

repair-after-snapping =
    .title = Uit je slof geschoten? Maak het goed
    .body = Schoot je vandaag uit je slof, ga dan naast je kind zitten zodra je zelf wat rustiger bent en zeg: ‘Ik werd net heel boos. Dat was schrikken, hè? Het spijt me.’ Na een botsing weer goedmaken maakt de band sterker dan nooit botsen. Je kind hoeft het niet eens te begrijpen; het voelt wel dat het weer goed is.

one-line-for-the-carer =
    .title = Geef de opvang één zinnetje mee
    .body = Vertel bij het brengen één ding aan de pedagogisch medewerker of oppas: ‘Slecht geslapen vannacht’ of ‘Is helemaal gek op treinen.’ Vraag bij het halen ook één ding terug. Zo loopt er een draadje tussen thuis en de andere plek, waardoor de dag voor je kind meer één geheel wordt. Is er bij de deur geen tijd, dan werkt een schriftje of de app van de opvang ook.

a-ritual-with-another-carer =
    .title = Gun een andere verzorger een eigen ritueel
    .body = Laat een grootouder, de oppas of een andere vaste verzorger iets eigens hebben met je kind: een bepaald liedje, samen eendjes voeren, de ‘krant lezen’ op schoot. Je kind kan met meerdere vertrouwde volwassenen een echte band opbouwen, en dat haalt niets weg bij jou. Je merkt het als je kind al gaat stralen of zwaaien zodra die persoon binnenkomt.

five-minutes-at-pickup =
    .title = Vijf minuten samen na het ophalen
    .body = Huilt je kind bij het ophalen, of doet het alsof je lucht bent? Dat is heel gewoon: bij jou durft de spanning van de dag eruit. Neem na het weerzien vijf minuten alleen voor elkaar, op de bank of op een bankje buiten, voordat je aan boodschappen of koken begint. Eerst even boos of stil? Blijf vriendelijk in de buurt; het contact komt vanzelf.

peekaboo-behind-the-door =
    .title = Kiekeboe achter de deur
    .body = Maak kiekeboe vandaag een stapje groter: verstop je half achter een deur of de bank, roep zachtjes de naam van je kind en kom dan met een lach tevoorschijn. Zo wordt weggaan en terugkomen een spel waar je kind zelf plezier in heeft. Kijkt je kind even bang, kom dan iets sneller tevoorschijn; het moet een spel blijven.

toddler-hides-you-seek =
    .title = Laat je kind zich verstoppen
    .body = Peuters verstoppen zich graag, al steken hun voeten vaak onder het gordijn uit. Zoek hardop en een beetje traag: ‘Zit het onder de tafel? Nee… achter de stoel?’ Zo bepaalt je kind zelf wanneer het weg is en wanneer het gevonden wordt. Je ziet het werken als je kind giechelend tevoorschijn springt en meteen opnieuw wil.

favourite-book-again =
    .title = Lees het lievelingsboek nog een keer
    .body = Pakt je kind vandaag weer hetzelfde boekje, lees het dan gerust voor de twintigste keer. Stop af en toe vlak voor een bekend woord en laat je kind aanvullen of aanwijzen. Herhaling voelt voor een jong kind veilig, omdat het weet wat er komt. Voor jou is het de twintigste keer, voor je kind elke keer weer feest.

feelings-in-picture-books =
    .title = Zoek de gevoelens in het prentenboek
    .body = Kijk tijdens het voorlezen samen naar de gezichten in het boek: ‘Kijk, het konijn huilt. Het is zijn knuffel kwijt.’ Zo maakt je kind kennis met woorden voor gevoelens, op een rustig en veilig moment op schoot. Je ziet het werken als je kind zelf naar een blij of boos gezicht wijst, of het huilgeluidje nadoet.

warn-before-a-change =
    .title = Kondig een overgang van tevoren aan
    .body = Zeg vandaag vóór elke overgang even wat er gaat komen: ‘Nog één keer van de glijbaan, dan gaan we naar huis.’ Een seintje vooraf geeft je kind tijd om los te laten, in plaats van overvallen te worden. Je merkt dat het werkt als het stoppen met spelen wat soepeler gaat. Protest mag er nog steeds zijn, dat hoort erbij.

name-the-anger =
    .title = Geef de boosheid een naam
    .body = Krijgt je peuter vandaag een driftbui, blijf dan dichtbij en zeg kort wat je ziet: ‘Jij bent zó boos. Je wilde nog een koekje.’ Je hoeft het koekje niet te geven om het gevoel serieus te nemen. Een gevoel met een naam is voor een klein kind minder overweldigend. Houd je woorden kort; tijdens de bui is je rustige aanwezigheid belangrijker dan uitleg.

your-face-says-its-safe =
    .title = Laat met je gezicht zien dat het veilig is
    .body = Twijfelt je kind bij iets nieuws, zoals een hond of een onbekende, dan kijkt het vaak eerst naar jouw gezicht. Geef een rustige, vriendelijke blik en zeg: ‘Dat is de hond van de buren, die is lief.’ Jouw gezicht werkt voor je kind als een kompas in een onbekende situatie. Vindt je baby het nog te spannend, dan is kijken vanaf jouw schoot ook goed.

little-helper =
    .title = Laat je kind meehelpen
    .body = Geef je kind vandaag een klusje dat bij een peuter past: de lepels naar tafel brengen, sokken in de wasmachine gooien, de deur voor je openduwen. Het gaat langzamer en rommeliger, en dat is prima. Meedoen laat je kind voelen dat het iets kan en erbij hoort. Kies klusjes zonder scherpe randen of hete pannen, dan kun jij ontspannen meekijken.

spills-are-practice =
    .title = Een ongelukje is gewoon oefenen
    .body = Morst je kind vandaag bij het zelf inschenken, of valt de toren om? Zeg luchtig: ‘Oeps, dat liep over. Pak jij een doekje?’ Fouten maken hoort bij leren, en een kind dat mag mislukken zonder schaamte, blijft het proberen. Houd een doekje binnen handbereik; dan is opruimen gewoon deel van het spel.

cheer-the-trying =
    .title = Juich voor het proberen
    .body = Probeert je kind vandaag iets spannends, zoals een trapje beklimmen, blijf dan dichtbij en benoem de moeite: ‘Jij blijft het maar proberen, zeg!’ Kinderen die weten dat er iemand is om op terug te vallen, durven meer en kunnen beter tegen een tegenvaller. Na afloop mag er een knuffel komen, of het nu gelukt is of niet.

take-small-fears-seriously =
    .title = Neem een kleine angst serieus
    .body = Schrikt je kind vandaag van de stofzuiger, de föhn of een blaffende hond? Zeg liever ‘Dat was een hard geluid, hè, daar schrok je van’ dan ‘Er is niks aan de hand.’ Als een angst erkend wordt, hoeft je kind niet harder te huilen om gehoord te worden. Wil je kind het daarna weten, bekijk dan samen hoe de stofzuiger werkt.

lend-your-calm =
    .title = Leen je kind jouw rust
    .body = Huilt of raast je kind vandaag, in de autostoel, in bad of midden in de nacht, en voel je je eigen spanning stijgen? Adem eerst zelf drie keer lang uit, laat je schouders zakken, kom dichtbij en praat zachter en langzamer dan normaal. Een jong kind kan grote gevoelens nog niet zelf afremmen en leent jouw rust: je adem, je hartslag, je stem. Zo leert het later zelf kalmeren.

stop-the-hit-not-the-feeling =
    .title = Stop de klap, niet het gevoel
    .body = Slaat of bijt je kind vandaag uit frustratie, houd dan rustig de hand tegen en zeg: ‘Ik laat je niet slaan. Je bent boos omdat je schep werd afgepakt.’ Een grens en begrip gaan prima samen, want achter lastig gedrag zit bijna altijd een gevoel dat gezien wil worden. Je ziet het werken als je kind na het stoppen naar jou toe komt in plaats van door te vechten.

narrate-what-you-do-together =
    .title = Vertel wat je doet, met je baby erbij
    .body = Zet je baby vandaag in de kinderstoel naast je terwijl je kookt en praat mee als een rustige verslaggever: ‘Ik snijd de appel. Kijk, de schil gaat in de bak. Wil jij de lepel vasthouden?’ Zo hoort je baby veel woorden precies op het moment dat die ziet wat ze betekenen, en hoort die er gewoon bij. Een boterham smeren of de was vouwen werkt net zo goed.

mirror-faces =
    .title = Gezichten trekken voor de spiegel
    .body = Ga samen voor de spiegel zitten en trek overdreven gezichten: verbaasd, blij, boos, verdrietig. Zeg erbij wat je doet: ‘Kijk, nu ben ik boos! En nu weer blij.’ Een baby kijkt vooral geboeid en lacht misschien; een peuter gaat je nadoen. Zo oefent je kind spelenderwijs hoe gevoelens eruitzien. Dat het kindje in de spiegel zichzelf is, ontdekt het pas rond anderhalf à twee jaar.

rough-and-tumble-stop =
    .title = Stoeien, en stoppen bij ‘stop’
    .body = Stoei of kriebel vandaag even op bed of op de bank, en stop meteen als je kind ‘stop’ zegt, je wegduwt of zich wegdraait. Wacht dan tot het zelf weer wil. Samen lachen en aanraken versterkt de band, en je kind leert dat het over het eigen lijf mag beslissen. Je merkt het als je kind weer naar je toe kruipt om verder te gaan.

morning-cuddle =
    .title = Een knuffelmoment bij het opstaan
    .body = Begin de dag met een paar minuten knuffelen voordat jullie opstaan: samen onder een deken, of je kind even tegen je aan op de bank. Rustige aanraking zet in het lijf oxytocine vrij, een stofje dat jullie band versterkt. Op een haastige ochtend is één minuut onder de deken ook genoeg.

ten-minutes-following =
    .title = Tien minuten volgen in het spel
    .body = Speel vandaag tien minuten waarin je baby de leiding heeft. Slaat je baby met een lepel op tafel, doe het na; gooit die iets op de grond, raap het op en geef het terug. Zeg wat je ziet en laat ‘goed spelen’ of iets aanleren even los. Volgen in plaats van sturen laat je baby voelen dat wat die zelf interessant vindt, ertoe doet. Tien minuten is genoeg; de afwas wacht wel.

answer-every-look =
    .title = Reageer op elk ‘kijk!’
    .body = Let vandaag op de kleine uitnodigingen van je kind: een wijzend vingertje, een ‘kijk!’, een steentje dat je in je hand krijgt. Reageer, al is het maar kort: ‘Wauw, een steentje! Voor mij?’ Zulke kleine antwoorden vertellen je kind dat contact zoeken de moeite loont. Je merkt het als je kind je vaker iets komt laten zien, met een blik die op je reactie wacht.

say-when-you-leave-the-room =
    .title = Zeg het als je even de kamer uitgaat
    .body = Ga je vandaag even naar de keuken of de wc, zeg dan kort: ‘Ik ga even naar de keuken, ik kom zo terug.’ En kom dan ook echt terug, met een vrolijk ‘Daar ben ik weer!’ Kleine afscheidjes die goed aflopen, leren je kind dat jij terugkomt als je weggaat. Praat of zing gewoon door terwijl je wegloopt, dan blijft je stem in de kamer.

show-me-again =
    .title = ‘Ik snap het nog niet, laat nog eens zien’
    .body = Raakt je kind vandaag gefrustreerd omdat jij niet begrijpt wat het wil? Zeg eerlijk: ‘Ik snap het nog niet. Wil je het me laten zien?’ en ga mee. Elkaar even mislopen is heel gewoon, en samen opnieuw zoeken naar wat er bedoeld werd, maakt de band juist sterker. Zo leert je kind ook: als iemand me niet snapt, kunnen we het samen uitzoeken.

reconnect-after-no =
    .title = Na een ‘nee’ weer verbinden
    .body = Zei je vandaag ‘nee’ en was je kind diep verdrietig? Blijf bij je nee, maar zoek een paar minuten later weer contact: een arm om je kind heen en ‘Dat vond je stom, hè. Ik ben er nog.’ Een grens en een warme band gaan prima samen, zolang er daarna weer verbinding komt. Uitleggen of goedpraten hoeft niet; het contact daarna zegt genoeg.

walk-at-toddler-pace =
    .title = Wandel op peutertempo
    .body = Maak vandaag een kort ommetje waarbij je kind het tempo bepaalt. Stop bij elk steentje, elke slak en elk putdeksel, en kijk echt mee: ‘Wat heb je gevonden?’ Als jij vertraagt naar het tempo van je kind, voelt het zich gezien in wat het boeiend vindt. Je merkt het als je kind je aan je hand meetrekt naar de volgende ontdekking.

echo-and-add-a-word =
    .title = Herhaal het woordje en maak het groter
    .body = Zegt je kind vandaag een woordje of een klank, zoals ‘auto’ of ‘bah’, herhaal het dan vrolijk en maak er iets meer van: ‘Ja, een auto! Een blauwe auto.’ Zo hoort je kind dat je luistert, en krijgt het net een stapje meer taal terug. Spreken jullie thuis twee talen? Geef het woordje dan gerust terug in jouw taal.

a-piece-of-home =
    .title = Geef een stukje thuis mee
    .body = Geef je baby vandaag iets vertrouwds mee naar de opvang of de oppas: een knuffeltje, een doekje dat naar thuis ruikt, of een foto van jullie. Spreek af dat het overdag bij het spelen en troosten binnen handbereik ligt. In bed gaat het pas na de eerste verjaardag mee; tot dan slaapt je baby ook daar op de rug in een leeg bedje. Zo’n stukje thuis slaat een brug naar de andere plek.

talk-about-other-carers =
    .title = Praat thuis over de andere verzorgers
    .body = Noem vandaag thuis de naam van de pedagogisch medewerker, de oppas of een grootouder, en bekijk eventueel samen een foto: ‘Morgen ga je weer naar Sanne.’ Zo horen de mensen bij wie je kind zich ook veilig voelt, bij één vertrouwde wereld. Je merkt het als je kind opveert bij het horen van de naam, naar de foto wijst of de naam zelf probeert te zeggen.

say-exactly-what-you-liked =
    .title = Zeg precies wat je goed vond
    .body = Geef je kind vandaag een paar keer een compliment dat precies zegt wat je zag: ‘Jij hebt zelf je schoen gepakt!’ of ‘Wat aaide je de kat zacht.’ Een concreet compliment laat merken dat je echt keek, meer dan een snel ‘goed zo’. Het hoeft niet groots: ook ‘Je hebt je beker zelf teruggezet’ telt.

tell-them-how-you-feel =
    .title = Vertel je kind hoe jij je voelt
    .body = Ben je vandaag moe, gehaast of prikkelbaar, zeg het dan met een rustige stem en in simpele woorden: ‘Ik ben een beetje moe, daarom praat ik zachtjes. Het komt niet door jou.’ Doe alles wat langzamer. Je kind pikt je stemming toch op; met een naam erbij wordt die begrijpelijk in plaats van verwarrend. Voelt het vaak zo, praat er dan over met iemand die je vertrouwt of met het consultatiebureau.

see-what-they-dare =
    .title = Kijk eens wat je kind al durft
    .body = Let vandaag op wat je kind allemaal al durft: een nieuw klimrek, een ander kind aankijken, even zonder jou in een andere kamer spelen. Dat durven groeit op het vertrouwen dat jullie elke dag samen opbouwen. Zeg het ook hardop: ‘Jij durft al veel, hè!’ Dat hardop zeggen helpt je kind zichzelf ook zo te zien.

retell-the-day =
    .title = Vertel de dag na bij het slapengaan
    .body = Vertel vanavond bij het instoppen in een paar zinnen hoe de dag ging: ‘We gingen naar de speeltuin. Je viel van het trapje en huilde. Toen kreeg je een knuffel en ging je weer glijden.’ Een verhaal met een goede afloop helpt je kind de dag en de gevoelens erin te ordenen. Het hoeft geen mooi verhaal te zijn; drie zinnen en een goede afloop zijn genoeg.

comfort-the-teddy =
    .title = Troost samen de knuffel
    .body = Pak vandaag een knuffel of pop en laat die ‘vallen’ of ‘verdrietig’ zijn. Vraag je kind: ‘Oei, beer huilt. Wat heeft beer nodig?’ In het spel oefent je kind met troosten zoals het zelf getroost wordt. Je ziet het werken als je kind de beer gaat aaien, wiegen of een kusje geeft, en misschien jouw troostwoorden gebruikt.

good-enough-really-is =
    .title = Goed genoeg is écht genoeg
    .body = Noem vanavond voor jezelf één moment van vandaag dat goed genoeg ging: een voeding, een knuffel, een blik. Niet het mooiste moment, gewoon een gewoon moment. Je kind heeft geen perfecte ouder nodig, wel iemand die vaak genoeg beschikbaar is en na een misser terugkomt. Schrijf het eventueel op; op een zware dag is zo’n briefje goud waard.

missed-it-come-back =
    .title = Iets gemist? Kom gewoon terug
    .body = Miste je vandaag een signaal, omdat je onder de douche stond, aan het koken was of het gewoon niet zag? Ga dan naar je kind toe, zoek oogcontact en zeg zacht: ‘Hier ben ik.’ Elkaar mislopen gebeurt in elke relatie vaak; juist het terugkomen bouwt vertrouwen op. Een simpel ‘Sorry, ik ben er weer’ is genoeg, ook bij een baby die de woorden nog niet snapt.

one-moment-without-the-phone =
    .title = Eén moment zonder telefoon
    .body = Kies vandaag één vast moment, zoals de voeding, het badje of het eten aan tafel, en leg je telefoon zolang in een andere kamer. Je kind voelt het verschil tussen iemand die in de buurt is en iemand die er écht is. Het hoeft niet de hele dag; dit ene moment telt.

four-s-as-a-compass =
    .title = De vier S’en als kompas
    .body = Denk bij een lastig moment vandaag aan de vier S’en van Siegel: Safe (veilig), Seen (gezien), Soothed (getroost), en samen maken die je kind Secure (geborgen). Vraag jezelf één ding: welke van de eerste drie kan ik nu geven? Zo’n vraag helpt je door de chaos heen naar een volgende stap. Bij een prik bijvoorbeeld: dichtbij houden (veilig), zeggen dat het pijn deed (gezien), wiegen (getroost).

safe-comes-first =
    .title = Eerst veilig, dan de rest
    .body = Is je kind vandaag overstuur, zorg dan eerst dat het zich veilig voelt: oppakken of dichtbij komen, weg van lawaai, je stem laag en rustig. Uitleg, oplossen en opruimen komen daarna, want zonder dat gevoel van veiligheid, de eerste van Siegels vier S’en, kan een kind nauwelijks iets anders opnemen. Je woorden mogen wachten; je armen kunnen meteen.

your-own-soothing-signature =
    .title = Vind jouw vaste troostgebaar
    .body = Kies een manier van troosten die bij jou past en gebruik die vandaag elke keer, bijvoorbeeld: je kind rechtop tegen je schouder, zacht ‘sssst’, langzaam wiegen, steeds dezelfde woorden. Getroost worden, ‘Soothed’ in Siegels vier S’en, gaat sneller als het gebaar vertrouwd is, omdat het lijf van je kind het herkent. Stukje bij beetje leert je kind zo hoe rustig worden voelt.

look-behind-the-behaviour =
    .title = Kijk achter het gedrag
    .body = Huilt, jengelt of mokt je kind vandaag zonder duidelijke reden? Vraag je dan even af wat eronder zou kunnen zitten: moe, honger, te veel gedoe, of gewoon jou missen. Je hoeft het niet meteen goed te raden, want een kind dat merkt dat iemand echt probeert te snappen wat er is, voelt zich gezien. Op een dag met doorkomende tandjes of na een prik zit er vaak meer onder dan je denkt.

light-up-when-you-meet =
    .title = Straal als je je kind weer ziet
    .body = Laat vandaag bij elk weerzien, na een slaapje of als je thuiskomt, echt op je gezicht zien dat je blij bent: ogen die oplichten, een warm ‘Hé, daar ben jij!’ Zo voelt je kind zonder woorden dat het welkom is, precies zoals het is. Je merkt het aan een glimlach terug, trappelende beentjes, of armen die naar je uitgaan.

cross-one-thing-off =
    .title = Streep vandaag één ding door
    .body = Kijk naar je lijstje voor vandaag en streep er één ding af dat best kan blijven liggen: de was, de stofzuiger, dat ene mailtje. Gebruik die tijd om te zitten, te eten of te slapen. Stress en vermoeidheid maken het voor iedereen lastiger om rustig en afgestemd te reageren, dus jezelf ontlasten is ook zorgen voor je kind. Morgen is er weer een lijstje, en dat is prima.

worries-shared =
    .title = Zorgen hoef je niet alleen te dragen
    .body = Liggen er zorgen op je schouders, over geld, werk, je relatie of je gezondheid? Noem het bij je volgende bezoek aan het consultatiebureau of bij je huisarts; daar kunnen ze met je meedenken over hulp. Aanhoudende zorgen maken het zwaar om er ook nog voor je kind te zijn, dus daar iets aan doen hoort bij goed zorgen. Geldzorgen zijn geen schande; er is vaak meer hulp dan je denkt.

half-an-hour-for-you =
    .title = Een halfuurtje voor jezelf
    .body = Vraag vandaag iemand die je vertrouwt om een halfuurtje voor je kind te zorgen: je partner als je die hebt, een grootouder, iemand uit de buurt of een vriend. Ga liggen, maak een wandeling of drink in stilte een kop thee. Een uitgeruste volwassene kan makkelijker geduld en warmte opbrengen. Ben je alleen? Ga dan liggen zodra je kind slaapt.

every-comfort-builds-the-brain =
    .title = Elke troost bouwt mee aan het brein
    .body = Troost je kind vandaag zoals je altijd doet, maar sta er één keer bewust bij stil. Bij schrik maakt het lijf het stresshormoon cortisol aan, en jouw nabijheid laat dat weer zakken; door dat vaak samen te doen, groeien de hersendelen die later helpen met gevoelens en met anderen. Na een prik of een nare droom is zo’n moment extra waardevol.

in-doubt-ask-early =
    .title = Twijfel je? Vraag het op tijd
    .body = Heb je vaak het gevoel dat je je kind niet kunt ‘lezen’, of lijkt je kind erg angstig, heel waakzaam of juist stil en teruggetrokken? Bespreek het met het consultatiebureau (JGZ) of je huisarts, ook als je twijfelt. Vroeg hulp vragen is een teken van zorg, en er is veel dat kan helpen. Je hoeft niet te wachten tot je het zeker weet; twijfel is reden genoeg.

low-or-numb-tell-someone =
    .title = Somber, angstig of geen plezier? Vertel het
    .body = Voel je je sinds de geboorte al meer dan twee weken somber, angstig of leeg, of heb je nergens meer plezier in, ook niet in je baby? Vertel het vandaag aan het consultatiebureau, je verloskundige of je huisarts. Het overkomt veel ouders, moeders en partners, en het is niemands schuld. Hulp vragen is kracht, en met de juiste steun wordt het meestal lichter.

same-words-same-moments =
    .title = Dezelfde woorden bij vaste momenten
    .body = Kies voor drie terugkerende momenten een vast zinnetje en gebruik dat vandaag elke keer: ‘Tijd voor een schone luier’, ‘We gaan eten’, ‘Slaap lekker, tot straks.’ Herkenbare woorden maken de dag voorspelbaar, en wat voorspelbaar is, voelt veilig. Grootouders en oppas kunnen dezelfde zinnetjes gebruiken.

one-anchor-on-a-messy-day =
    .title = Op een rommelige dag: houd één anker
    .body = Loopt vandaag alles door elkaar, door werk, ziekte, bezoek of gewoon chaos? Houd dan één vast anker overeind, zoals het liedje bij het slapen of de knuffel na het eten. Schommelingen in de dag en in jouw humeur kan een kind beter hebben als er iets hetzelfde blijft. Bij een verhuizing, een ziekenhuisopname of een feestdag vol familie is zo’n anker extra belangrijk.

a-bad-day-breaks-nothing =
    .title = Een slechte dag maakt niets kapot
    .body = Was het vandaag een dag vol gehuil, haast en weinig geduld, bij je kind en bij jou? Sluit hem dan af met één klein gebaar: een hand op de rug, een liedje, een zacht ‘Morgen weer.’ Een band groeit over vele dagen, met gemiddeld genoeg aandacht, niet door één perfecte dag. Zo’n afsluiting is ook voor jezelf: een zachte streep onder de dag.

your-child-knows-you =
    .title = Je kind kent jou, niet het plaatje
    .body = Merk je dat je jezelf vandaag vergelijkt met andere ouders, online, in de familie of op een verjaardag? Zet die vergelijking bewust even opzij, bijvoorbeeld door een app een dag niet te openen. Je kind heeft geen ideaalbeeld nodig, maar jou, met je eigen manier van doen.

count-your-comebacks =
    .title = Tel vandaag je herstelmomenten
    .body = Let vandaag eens niet op wat er misging, maar op de keren dat je terugkwam: je pakte je kind toch nog op, je zag een signaal alsnog, je maakte een boze blik weer goed. Zo’n herstel na een misser is niet het repareren van een fout, maar precies de manier waarop een veilige band groeit.

write-down-one-moment =
    .title = Schrijf één klein moment op
    .body = Schrijf vandaag één klein moment op waarin je kind steun bij jou vond: een troost, een spelletje, een blik van herkenning. Zulke gewone momenten stapelen zich op tot zelfvertrouwen, veerkracht en later het vermogen om vriendschappen te sluiten. Je merkt het als je bij het teruglezen ziet hoeveel je al geeft, ook op dagen die zwaar voelden.

what-you-do-matters =
    .title = Laat zien: wat jij doet, doet ertoe
    .body = Kies vandaag één signaal van je kind, zoals een bepaald geluidje, een huiltje of een uitgestoken hand, en reageer er elke keer op. Zo ontdekt je kind dat het zelf iets in beweging kan zetten, en dat is een vroege bouwsteen van zelfvertrouwen. In bad, met een spetterende hand of een kraaiend geluidje, kun je er mooi mee beginnen.

fill-your-own-tank =
    .title = Zorg ook voor je eigen tank
    .body = Drink vandaag een glas water en eet iets stevigs voordat je aan de volgende voeding, maaltijd of het badje begint. Het klinkt klein, maar met honger, dorst of een lege tank is geduld veel moeilijker op te brengen, dus voor jezelf zorgen is gewoon deel van de zorg voor je kind. Een fles water en iets te eten bij je voedplek maken het makkelijk.

who-to-call-when-its-too-much =
    .title = Wie bel je als het te veel wordt?
    .body = Bedenk vandaag wie je kunt bellen of appen als het even te veel wordt, en laat die persoon dat ook weten: ‘Mag ik je bellen als ik vastloop?’ Hulp vragen is een kracht, en een kind heeft baat bij volwassenen die niet alles alleen hoeven te dragen. Zet die naam bovenaan in je favorieten.
