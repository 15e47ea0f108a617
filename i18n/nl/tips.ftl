# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Zeg vandaag hallo tegen de buik
    .body = Vertel de baby in de buik vandaag hardop wat je aan het doen bent, al zijn het maar een paar zinnen tijdens het koken. Je stem komt gedempt binnen en wordt zo een bekend geluid voor straks. Is het niet jouw buik? Ga er dan dichtbij zitten, hand erop. Voelt praten minder gek dan gedacht, of voel je beweging terwijl je praat? Dan is het contact al begonnen.

bump-lullaby-choice =
    .title = Kies één liedje voor jou en je baby
    .body = Zoek vandaag één liedje uit dat je de komende weken vaak zingt of neuriet: een slaapliedje, of gewoon een nummer dat je mooi vindt. Herhaling maakt een melodie vertrouwd, zodat je na de geboorte meteen iets bekends hebt om je baby mee te troosten. Je merkt dat het werkt als je het liedje vanzelf begint te neuriën.

support-circle-names =
    .title = Schrijf drie mensen op die kunnen helpen
    .body = Schrijf vandaag drie mensen op die je na de geboorte iets praktisch kunt vragen: een maaltijd, boodschappen, een wasje, of een uurtje bij de baby zodat jij kunt slapen. Uitgeruste ouders hebben meer ruimte om rustig op hun baby te reageren, en hulp vragen is een kracht. Het werkt als je bij elke naam al weet wat je zou vragen.

love-grows-slowly =
    .title = Liefde mag ook langzaam groeien
    .body = Zeg vandaag tegen jezelf, of tegen iemand die je vertrouwt: ‘Misschien voel ik niet meteen die grote liefde, en dat is oké.’ Bij veel ouders groeit de band pas in de eerste weken na de geboorte, en als het trager gaat is dat zelden iemands schuld. Je merkt dat het helpt als je met wat minder druk naar de bevalling en de eerste dagen kijkt.

skin-to-skin-birth-plan =
    .title = Zet huid op huid in je geboorteplan
    .body = Zet vandaag in je geboorteplan, of vertel wie je bij de bevalling begeleidt, dat je je baby na de geboorte bloot op je blote borst wilt. Dat contact helpt je baby om temperatuur, hartslag en stress in evenwicht te brengen. Lukt het de bevallende ouder niet, dan kan een ander het doen, zolang die wakker en alert is. Het werkt als iedereen om je heen het weet.

rest-half-hour =
    .title = Plan vandaag een half uur niks
    .body = Kies vandaag een moment waarop je een half uur gaat liggen of zitten zonder dat er iets hoeft: geen lijstjes, geen klusjes. Rust is nu geen luxe, want een ouder die niet op is, kan straks makkelijker geduldig en zacht reageren. Je merkt dat het werkt als je schouders zakken en de rest van de dag wat minder gejaagd voelt.

small-circle-close =
    .title = Bedenk wie er de eerste weken dichtbij is
    .body = Spreek vandaag af welke paar mensen er de eerste weken echt zijn om, samen met jou, voor je baby te zorgen. Een baby hecht zich aan een klein aantal volwassenen die vaak in de buurt zijn, dus een kleine, vaste kring is fijner dan veel wisselende handen. Het werkt als je een kort rijtje namen hebt en die mensen weten dat ze erop staan.

bump-hands-hello =
    .title = Een rustig handenmoment met de buik
    .body = Leg vanavond een paar minuten je handen op de buik, of vraag je partner, als je die hebt, om dat te doen. Beweeg langzaam, adem rustig en zeg iets liefs. Zo’n vast moment van aanraking maakt de baby voor jou alvast wat echter en zet de toon voor de vele knuffels die nog komen. Je merkt het als je naar dit moment gaat uitkijken.

newborn-signals-preview =
    .title = Leer nu al hoe een pasgeborene je roept
    .body = Bekijk vandaag hoe een pasgeboren baby om nabijheid vraagt: huilen om hulp, zoeken naar ogen, met de handjes grijpen en tot rust komen bij jouw stem of aanraking. Als je die signalen straks herkent, kun je er sneller en rustiger op ingaan. Je merkt dat het werkt als je na de geboorte ineens denkt: o ja, dit is zo’n signaal.

calm-breath-practice =
    .title = Oefen één rustige ademhaling
    .body = Oefen vandaag een paar keer dezelfde ademhaling: vier tellen in, zes tellen uit, schouders omlaag. Een pasgeboren baby kan zichzelf nog niet kalmeren en leunt op jouw rust, dus een vertrouwde manier om zelf tot rust te komen is straks goud waard. Het werkt als je die ademhaling vanzelf gebruikt, in de file of in een lange rij.

good-enough-note =
    .title = Schrijf op wat ‘goed genoeg’ voor jou is
    .body = Schrijf vandaag op een briefje hoe een ‘goed genoeg’ ouder er voor jou uitziet, bijvoorbeeld: ‘Ik kom terug, ook als het even misgaat.’ Je baby heeft geen perfecte ouder nodig, wel iemand die vaak genoeg beschikbaar is en het goedmaakt na een misser. Hang het briefje ergens op; het werkt als je het later herleest en er rustiger van wordt.

phone-free-bump-minutes =
    .title = Vijf minuten zonder telefoon, alleen jullie
    .body = Leg vandaag je telefoon vijf minuten in een andere kamer en ga rustig zitten met je aandacht bij de baby die op komst is: voel, praat, of wees gewoon stil. Er zijn, ook met je hoofd, kun je nu al oefenen, en later is het veel waard. Je merkt dat het werkt als die vijf minuten langer voelen dan je dacht, op een fijne manier.

bump-read-aloud =
    .title = Lees een bladzijde hardop voor
    .body = Lees vandaag één bladzijde hardop voor uit wat je toch al leest: een roman, de krant, een kinderboek dat je bewaard hebt. Het gaat niet om de inhoud, maar om het ritme van je stem, en dat geeft rust, nu en straks. Ben jij niet degene die zwanger is, dan is dit een fijne manier om mee te doen. Het werkt als voorlezen iets gewoons begint te voelen.

first-weeks-honest-talk =
    .title = Vraag iemand hoe de eerste weken echt waren
    .body = Vraag vandaag aan iemand die al een kind heeft hoe de eerste weken echt voelden, ook de minder mooie kanten. De geboorte is een enorme overgang voor ouders én baby, en als je weet dat een trage start heel gewoon is, schrik je er minder van. Het werkt als je na het gesprek denkt: als het bij ons ook even zoeken is, zijn we niet de enigen.

money-worry-one-step =
    .title = Zet één stap bij een zorg die je nu al hebt
    .body = Kies vandaag één zorg die je bezighoudt, zoals geld, werk of woonruimte, en zet er één kleine stap voor: een lijstje maken, iemand bellen, of aan je huisarts of de JGZ vragen waar je terechtkunt. Zorgen vreten energie die je straks voor je baby wilt hebben, en ze aanpakken hoort er gewoon bij. Het werkt als die zorg wat kleiner voelt.

trust-reliable-care =
    .title = Betrouwbaar is iets anders dan perfect
    .body = Bedenk vandaag wat je baby van je moet kunnen verwachten, in simpele dingen: eten bij honger, warmte, troost bij verdriet. In het eerste jaar bouwt een baby vertrouwen op uit zorg die steeds weer komt, niet uit zorg zonder fouten. Schrijf drie van die dingen op; het werkt als het rijtje kort en haalbaar voelt.

safe-childhood-memory =
    .title = Wie gaf jou vroeger een veilig gevoel?
    .body = Denk vandaag terug aan iemand bij wie jij je als kind veilig, gezien of getroost voelde. Wat deed die persoon precies? Zulke kleine dingen, zoals een rustige stem of echt luisteren, kun je straks zelf aan je baby geven. Was er niemand, dan mag je nu kiezen hoe jij het wilt doen. Het werkt als je één ding weet dat je wilt meenemen.

skin-to-skin-front-top =
    .title = Stop een shirt met knopen van voren in de tas
    .body = Leg vandaag een shirt of vest dat van voren open kan bij je spullen voor de bevalling, voor jou en voor een partner als je die hebt. Dan is huid op huid na de geboorte en in de eerste weken makkelijk: baby bloot tegen je borst, dekentje erover, terwijl je wakker en alert bent. Het werkt als het shirt straks klaarligt en niemand hoeft te zoeken.

bump-pet-name =
    .title = Geef je baby nu al een koosnaampje
    .body = Kies vandaag een koosnaampje en gebruik het als je tegen de buik praat, steeds op dezelfde zachte toon. Baby’s zijn na de geboorte heel gevoelig voor de klank en toonhoogte van een stem, meer nog dan voor de woorden zelf. Het werkt als naam en toon vanzelf komen, en straks merk je misschien dat je baby er rustiger van wordt.

visitors-calm-plan =
    .title = Maak een rustig plan voor bezoek
    .body = Spreek vandaag af hoe je het bezoek in de eerste weken wilt: bijvoorbeeld korte bezoekjes, hooguit één per dag, en iemand die de deur bewaakt als jij moe bent. Veel drukte en geluid is stressvol voor een pasgeboren baby, en voor jou ook. Het werkt als je het plan al met je naasten hebt gedeeld, zodat je straks niets hoeft uit te leggen.

crying-plan-together =
    .title = Spreek af: bij huilen gaan we naar de baby
    .body = Praat vandaag met wie straks mee zorgt over huilen en spreek af: we gaan naar de baby toe en nemen de baby op. Een pasgeborene kun je niet verwennen. Als huilen steeds onbeantwoord blijft, leert een baby dat roepen weinig uithaalt; zelfstandigheid komt pas veel later. Het werkt als je goedbedoeld ‘laat maar huilen’-advies rustig naast je neer kunt leggen.

clinic-gp-in-phone =
    .title = Zet consultatiebureau en huisarts in je telefoon
    .body = Zoek vandaag de gegevens op van je huisarts en het consultatiebureau bij jou in de buurt en zet ze in je telefoon. Voelt het na de geboorte zwaar, komt de band maar niet, of lijkt je baby erg onrustig of juist teruggetrokken, dan is vroeg hulp vragen verstandig. Het werkt als je weet wie je belt, zonder te hoeven zoeken op een moeilijk moment.

skin-to-skin-awake =
    .title = Huid op huid, terwijl jij wakker bent
    .body = Leg je baby vandaag in alleen een luier op je blote borst, dekentje over de rug, op een moment dat je zelf wakker en alert bent. Dat contact helpt je baby om temperatuur, hartslag en stress in balans te brengen. Je ziet dat het werkt als de ademhaling rustiger wordt en het lijfje ontspant. Word je slaperig? Leg je baby dan op de rug in het eigen bedje.

skin-to-skin-every-carer =
    .title = Huid op huid is er voor elke verzorger
    .body = Geef vandaag een andere vaste verzorger een beurt huid op huid: je partner, als je die hebt, of iemand anders die dicht bij je baby staat. Het is niet alleen voor de ouder die bevallen is; elke vertrouwde volwassene kan zo de band voelen groeien, zolang die wakker en alert blijft. Het werkt als je baby op die borst tot rust komt en de ander er zichtbaar van geniet.

crying-is-asking =
    .title = Huilen is vragen, geen lastig doen
    .body = Zeg bij het volgende huiltje vandaag in je hoofd: ‘Je vraagt om hulp.’ Een pasgeboren baby heeft geen andere manier om te laten weten dat er iets nodig is, en zoekt van nature jouw nabijheid. Ga erheen, ook als je nog niet weet wat er is. Het werkt als huilen je wat minder gespannen maakt en je eerder denkt: wat heb je nodig?

guess-aloud =
    .title = Raad hardop wat er aan de hand is
    .body = Is je baby vandaag onrustig, raad dan hardop: ‘Heb je honger? Ben je moe? Is het te druk?’ Je hoeft het niet meteen goed te hebben; door te zoeken en te reageren merkt je baby dat er iemand is die luistert. Je ziet dat het werkt als je na een paar dagen sneller weet welk antwoord meestal klopt.

no-spoiling-newborn =
    .title = Een pasgeborene kun je niet verwennen
    .body = Pak je baby vandaag op als die huilt, zonder af te wachten of het ‘vanzelf’ stopt. Een baby die steeds antwoord krijgt, leert dat roepen zin heeft; een baby die vaak geen antwoord krijgt, leert dat het weinig uithaalt. Zelf tot rust komen leert je baby pas veel later. Je merkt dat het werkt als je baby in jouw armen sneller bedaart.

eyes-during-feeding =
    .title = Kijk je baby aan tijdens één voeding
    .body = Kies vandaag één voeding, borst of fles, waarbij je je baby aankijkt en zachtjes praat of neuriet. Je baby ziet het best van dichtbij, ongeveer tot jouw gezicht als je je baby in je arm houdt. Zo worden je gezicht en stem iets vertrouwds. Je merkt het als je baby je blik even vasthoudt of stil wordt bij je stem.

pregnancy-song-again =
    .title = Zing het liedje van de zwangerschap
    .body = Zing of neurie vandaag het liedje dat je tijdens de zwangerschap vaak liet horen, of begin nu met één vast liedje. Je baby reageert sterk op de klank en toon van een bekende stem, ook zonder de woorden te snappen. Zing zacht en langzaam. Je merkt dat het werkt als je baby even stil wordt, je kant op draait of rustiger ademt.

grasp-finger =
    .title = Geef je baby je vinger om vast te pakken
    .body = Leg vandaag je vinger in het handje van je baby en laat je baby knijpen zolang die wil. Grijpen en vasthouden is een van de manieren waarop een pasgeborene nabijheid zoekt, vanaf de eerste dag. Blijf even zitten en kijk. Je merkt het als je baby stevig vasthoudt en rustig wordt, en misschien ben je zelf even ontroerd.

calm-breath-first =
    .title = Eerst jij één rustige adem, dan je baby
    .body = Adem vandaag, voordat je een huilende baby oppakt, één keer langzaam uit en laat je schouders zakken. Je baby kan zichzelf nog niet kalmeren en leent als het ware jouw rust: jij bent voorlopig het brein dat de storm tot bedaren brengt. Praat zacht en beweeg langzaam. Je merkt dat het werkt als je baby tegen jouw rustige lijf sneller ontspant.

love-takes-weeks =
    .title = Nog geen grote liefde voelen mag
    .body = Voel je nog niet die overweldigende liefde? Zeg dan vandaag tegen jezelf: ‘Het groeit.’ De geboorte is een enorme overgang, voor jou en voor je baby, en bij veel ouders komt het gevoel pas in de loop van een paar weken. Blijf gewoon zorgen, vasthouden en praten. Je merkt het aan kleine momenten waarop je baby echt van jou begint te voelen.

ask-one-thing =
    .title = Vraag vandaag één ding aan iemand
    .body = Stuur vandaag één bericht met een concrete vraag: ‘Wil jij morgen soep brengen?’ of ‘Kun je een uurtje komen, zodat ik kan slapen?’ Moeheid en zorgen maken het lastiger om rustig op je baby te reageren, en hulp vragen is dan juist sterk. Het werkt als er iets van je lijstje af is en je even kunt ademhalen.

handover-and-lie-down =
    .title = Geef je baby even door en ga liggen
    .body = Geef je baby vandaag een uur aan iemand die je vertrouwt en ga liggen, ook als je denkt dat je toch niet slaapt. Een uitgeputte ouder heeft minder geduld, en dat is niemands schuld; rust hoort gewoon bij goed zorgen. Ben je alleen, ga dan liggen zodra je baby slaapt. Je merkt dat het werkt als het volgende huiltje je minder raakt.

ordinary-care-trust =
    .title = Gewone zorg bouwt vertrouwen
    .body = Zie vandaag elke voeding, schone luier en warme deken als een bouwsteen. In dit eerste jaar leert je baby uit zorg die steeds weer komt dat de wereld te vertrouwen is, en daar hoeft niets bijzonders bij. Zeg af en toe zacht: ‘Ik ben er.’ Je merkt het als je baby na een tijdje sneller rustig wordt zodra jij in de buurt komt.

soft-voice-face =
    .title = Laat je gezicht en stem het werk doen
    .body = Praat vandaag een paar keer van dichtbij met je baby, met een zachte, wat hogere stem en een open, vriendelijk gezicht. Baby’s lezen gezichten, lichaamstaal en stemtoon lang voordat ze woorden begrijpen, en ze leren jouw gezicht en stem al snel kennen. Je merkt dat het werkt als je baby je aankijkt, stil wordt of met armpjes of mondje reageert.

narrate-nappy-change =
    .title = Vertel wat je doet bij het verschonen
    .body = Vertel vandaag bij het verschonen hardop wat je doet: ‘Eerst je rompertje open. Even koud, hè? Zo, een schone luier.’ Zo hoort je baby veel van je stem, wordt de verzorging voorspelbaar en is een klusje meteen een momentje samen. Je merkt dat het werkt als je baby stiller wordt of je aankijkt zodra je begint te praten.

gentle-order-not-clock =
    .title = Een vaste volgorde in plaats van een schema
    .body = Kies vandaag een vaste volgorde voor na het wakker worden, bijvoorbeeld voeden, verschonen, even knuffelen en weer slapen, zonder op de klok te letten. Een herkenbaar ritme maakt de wereld van je baby voorspelbaar en daardoor veilig. Het werkt als je baby na een paar dagen rustiger lijkt bij de bekende stappen, en jij minder hoeft na te denken.

bedtime-same-words =
    .title = Steeds dezelfde woorden bij het neerleggen
    .body = Zeg vandaag elke keer dat je je baby in bed legt dezelfde korte zin, zoals ‘Slaap lekker, ik ben vlakbij’, of neurie dezelfde paar tonen. Zo’n klein vast ritueel vertelt je baby wat er komt en geeft houvast. Het hoeft niet elke keer te lukken. Je merkt het als je baby na een tijdje bij die woorden al iets lijkt te ontspannen.

quiet-room-after-bustle =
    .title = Na drukte: even naar een rustige kamer
    .body = Ga vandaag na bezoek of een druk moment met je baby naar een stille kamer met gedempt licht, en houd je baby een poosje tegen je aan. Te veel geluid en gedoe kan een pasgeborene stress geven, al is contact ook nodig: het gaat om de balans. Je merkt dat het werkt als het huilen of de onrust daarna afneemt.

looking-away-pause =
    .title = Wegkijken betekent: even pauze
    .body = Let vandaag tijdens knuffelen of praten op wegkijken, gapen, hikken of een gefronst gezichtje. Vaak zegt je baby daarmee: ‘Even genoeg.’ Geef dan wat rust, praat zachter of kijk zelf even weg, en kom terug als je baby weer jouw kant op kijkt. Je merkt dat het werkt als je baby na zo’n pauze uit zichzelf weer contact zoekt.

long-cuddle =
    .title = Neem vandaag tijd voor een lange knuffel
    .body = Neem vandaag een kwartier om je baby gewoon vast te houden, zonder dat er iets moet: geen voeding, geen verschoning. Knuffelen zet het knuffelhormoon oxytocine in gang, bij je baby en bij jou, en dat maakt de band sterker. Je merkt het als jullie allebei zachter worden en je baby zich tegen je aan nestelt.

hand-hug-settle =
    .title = Twee warme handen voor een onrustige baby
    .body = Is je baby vandaag onrustig in bed of op de commode? Leg dan rustig één warme hand op de borst of buik en de andere om het hoofdje, en praat zacht. Jouw kalme aanraking helpt je baby tot rust te komen, en door dit vaak te doen leert je baby later zelf kalmeren. Je merkt het als armpjes en beentjes stiller worden.

phone-away-one-feed =
    .title = Eén voeding zonder telefoon
    .body = Leg bij één voeding vandaag je telefoon buiten bereik en wees er even helemaal: kijk, voel, luister. Je hoeft niet altijd zo aanwezig te zijn, maar deze momenten laten je baby merken dat je echt beschikbaar bent. Bij andere voedingen is een scherm prima. Je merkt dat het werkt als je dingen ziet die je eerder miste, zoals een vingertje dat beweegt.

one-thing-went-well =
    .title = Noem vanavond één ding dat goed ging
    .body = Noem vanavond, hardop of in je hoofd, één ding dat vandaag goed genoeg ging: een voeding, een knuffel, dat je bleef toen het huilen lang duurde. Je baby heeft geen perfecte ouder nodig, wel iemand die gemiddeld vaak genoeg reageert. Dat ben jij al. Je merkt dat het werkt als je met iets minder zelfkritiek in slaap valt.

repair-after-rough-moment =
    .title = Ging het mis? Kom terug en maak het goed
    .body = Was je vandaag kortaf, of hoorde je je baby pas laat? Ga dan terug, neem je baby op en zeg zacht: ‘Sorry, ik ben er weer.’ Niemand is altijd afgestemd, en juist het herstel na zo’n misser maakt de band sterker. Je merkt dat het werkt als je baby in je armen tot rust komt en jij je schuldgevoel wat kunt loslaten.

share-comfort-early-weeks =
    .title = Troosten mag je delen in de eerste weken
    .body = Laat vandaag een vertrouwd iemand een huilbui van je overnemen terwijl jij even op adem komt. In de eerste weken heeft een baby nog geen voorkeur voor één persoon en laat zich troosten door elke rustige, liefdevolle volwassene; die sterke voorkeur komt later. Het werkt als je baby ook bij die ander bedaart en jij met nieuwe energie terugkomt.

small-circle-of-hands =
    .title = Houd de kring rond je baby klein
    .body = Kies vandaag bewust wie je baby vasthoudt en verzorgt: liever een paar vaste mensen dan iedere bezoeker. Een baby hecht zich aan een klein groepje volwassenen die vaak dichtbij zijn, en dat vertrouwen groeit het best als die kring niet steeds wisselt. Het werkt als je baby na een tijdje bij die vaste mensen merkbaar sneller tot rust komt.

grandparent-regular-moment =
    .title = Geef een opa, oma of vriend een vast moment
    .body = Spreek vandaag met een opa, oma of goede vriend een kort, vast moment per week af waarop die je baby vasthoudt, toespreekt of een liedje zingt. Je baby kan ook met zulke vertrouwde mensen een goede band opbouwen, en jij krijgt er een adempauze bij. Het werkt als je baby bij die persoon steeds makkelijker ontspant.

early-sleepy-signs =
    .title = Zie de eerste slaaptekens op tijd
    .body = Let vandaag op de vroege tekens van moeheid: gapen, wegstaren, over het gezichtje wrijven of ineens schokkerig met armpjes en beentjes bewegen. Leg je baby dan alvast rustig neer of wieg wat, voordat het huilen begint. Zo leert je baby dat een signaal gezien wordt. Je merkt het als inslapen wat soepeler gaat, met minder oververmoeid gehuil.

early-hunger-cues =
    .title = Herken honger voordat het huilen begint
    .body = Let vandaag op vroege hongertekens: hoofdje draaien en zoeken, smakken, handjes naar de mond. Bied dan al een voeding aan, borst of fles, in plaats van te wachten op huilen. Zo antwoord je op het signaal dat je baby echt geeft, en dat is de kern van sensitief reageren. Je merkt het als voedingen rustiger beginnen.

stay-when-crying-continues =
    .title = Blijf erbij, ook als het huilen niet stopt
    .body = Huilt je baby vandaag en lukt niets? Blijf dan in de buurt, houd vast, wieg of praat zacht, zonder dat het huilen hoeft op te houden. Je faalt niet: je laat je baby voelen dat die er niet alleen voor staat, en dat telt. Je ziet het niet altijd meteen, maar vaak voel je na een tijdje een lijfje dat zwaarder tegen je aan leunt.

at-your-limit-pause =
    .title = Op je grens? Leg je baby veilig neer
    .body = Merk je vandaag dat je op knappen staat? Leg je baby dan veilig op de rug in bed, ga een paar minuten naar een andere kamer en adem langzaam uit. Bel of app iemand. Een pauze is geen tekortschieten; zo bescherm je jullie allebei. Voelt het vaak zo zwaar, praat er dan over met het consultatiebureau of je huisarts. Het werkt als je rustiger terugkomt.

still-strange-talk-early =
    .title = Voelt het na weken nog vreemd? Praat erover
    .body = Merk je na een paar weken dat je je baby niet goed kunt ‘lezen’, of blijft het contact vreemd of vlak? Lijkt je baby erg angstig, schrikkerig of teruggetrokken? Maak dan vandaag een afspraak bij het consultatiebureau of je huisarts. Het is zelden iemands schuld, en vroeg hulp vragen maakt echt verschil. Het werkt als je je gehoord voelt en weet wat de volgende stap is.

comfort-builds-brain =
    .title = Elke keer troosten helpt een klein brein
    .body = Denk vandaag bij het troosten eens: dit is bouwwerk. Als je baby steeds weer gekalmeerd wordt, leert het stresssysteem om na een schrik weer tot rust te komen, en vasthouden en liefdevol contact voeden de hersendelen die later helpen om emoties te hanteren. Je ziet het werken als je baby na onrust wat sneller weer ontspant.

gentle-leg-massage =
    .title = Probeer een korte, zachte beenmassage
    .body = Warm vandaag je handen, neem een paar druppels neutrale, ongeparfumeerde olie en strijk langzaam en steeds op dezelfde manier over de beentjes van je baby. Praat er zacht bij. Aanraking zoals deze versterkt jullie band. Stop zodra je baby wegdraait, huilt of onrustig wordt. Het werkt als je baby ontspannen ligt en je aankijkt of rustig ademt.

read-aloud-anything =
    .title = Lees vandaag iets voor, wat dan ook
    .body = Lees je baby vandaag een paar minuten voor, uit een prentenboek, een tijdschrift of je eigen boek. De inhoud doet er nog niet toe; het ritme en de melodie van je stem werken geruststellend. Het is ook een fijne taak voor een andere verzorger. Je merkt dat het werkt als je baby stil wordt, lijkt te luisteren of wegdommelt.

look-back-and-smile =
    .title = Kijkt je baby je aan? Kijk en lach terug
    .body = Kijkt je baby je vandaag even aan, stop dan met wat je doet, kijk terug, lach en zeg iets liefs. Als jij reageert wanneer je baby contact zoekt, met een warm gezicht en een glimlach, leert je baby dat zoeken loont. Je merkt het als die blikken vaker en langer worden, en misschien komt er al een lachje terug.

watch-two-minutes =
    .title = Kijk twee minuten alleen maar naar je baby
    .body = Ga vandaag twee minuten bij je baby zitten en kijk alleen maar: hoe beweegt je baby, wat doen de handjes en het gezichtje? Benoem zacht wat je ziet. Een kind dat zich echt gezien voelt, groeit in vertrouwen, en juist zulke kleine momenten tellen. Je merkt dat het werkt als je je baby daarna een beetje beter lijkt te kennen.

safe-seen-soothed-check =
    .title = Veilig, gezien, getroost: wat is nu nodig?
    .body = Vraag jezelf vandaag bij een onrustig moment af: voelt mijn baby zich nu veilig, gezien en getroost? Kies er één om aan te werken: dichterbij komen, aankijken, of wiegen en sussen. Samen geven die ervaringen een kind op den duur een zeker, geborgen gevoel. Je merkt dat het werkt als het kiezen je rust geeft in plaats van paniek.

steady-reset-ritual =
    .title = Een klein resetmoment voor je naar je baby gaat
    .body = Kies vandaag een vast mini-ritueel voor je naar je baby toe gaat, zeker als je gestrest bent: hand op je buik, één keer diep uitademen. Grote schommelingen in stemming of gedrag verwarren een baby, en zo’n reset helpt je om steeds ongeveer op dezelfde manier binnen te komen. Het werkt als je merkt dat je rustiger de kamer in stapt.

tell-how-it-really-goes =
    .title = Vertel iemand hoe het echt gaat
    .body = Vertel vandaag aan één iemand eerlijk hoe het met je gaat, ook als dat ‘zwaarder dan gedacht’ is. Er verandert zoveel tegelijk voor jou en je baby dat een stroeve start heel begrijpelijk is, en het is zelden iemands schuld. Meestal groeit het gevoel van ‘dit is mijn kind’ binnen een paar weken. Het werkt als je je na het gesprek iets lichter voelt.

skin-to-skin-after-bath =
    .title = Na het badje: even huid op huid
    .body = Leg je baby vandaag na het badje of wassen even bloot tegen je blote borst, met een handdoek of dekentje erover, zolang jij wakker en alert bent. Huid op huid is vlak na de geboorte het sterkst, maar blijft ook in deze weken waardevol voor de band en voor rust. Je merkt het als je baby warm en ontspannen tegen je aan ligt.

talk-then-pause =
    .title = Praat, wacht even en laat je baby ‘antwoorden’
    .body = Praat vandaag van dichtbij tegen je baby, kijk je baby aan en laat dan een pauze vallen, alsof je op antwoord wacht. Je baby begrijpt de woorden nog niet, maar leert zo jouw stem kennen en voelt het heen en weer van contact. Je merkt dat het werkt als er iets terugkomt: een geluidje, een bewegend mondje of een blik die blijft.

carry-through-fussy-hour =
    .title = Draag je baby door een onrustig uurtje
    .body = Heeft je baby vandaag een onrustig uurtje? Houd je baby dan rechtop tegen je borst en loop langzaam door het huis. Warmte, je hartslag en het zachte wiegen van je stappen geven houvast. Gebruik je een draagdoek, zorg dan dat het gezichtje vrij en zichtbaar blijft. Je merkt het als het huilen zachter wordt en je baby tegen je aan zakt.

night-soft-light =
    .title = ’s Nachts: zacht licht, weinig woorden
    .body = Ga vannacht bij elk huiltje rustig naar je baby, met gedempt licht en een paar zachte woorden, en leg je baby daarna weer terug. Juist ’s nachts leert je baby dat er altijd iemand komt, en daaruit groeit basisvertrouwen. Het hoeft niet snel of perfect. Je merkt het als je baby na een tijdje makkelijker weer in slaap valt.

morning-hello-ritual =
    .title = Begin de dag met hetzelfde goedemorgen
    .body = Begroet je baby vandaag bij het eerste wakker worden op dezelfde manier: gordijn open, je gezicht dichtbij, ‘Goedemorgen, daar ben je.’ Kleine, herhaalde rituelen maken de dag voor je baby herkenbaar, en dat voelt veilig. Het tijdstip maakt niet uit, en het hoeft niet elke dag even mooi. Je merkt het als je baby bij jouw begroeting opkijkt of ontspant.

voice-before-lifting =
    .title = Laat je stem horen voor je je baby oppakt
    .body = Zeg vandaag iets zachts voordat je je baby optilt, bijvoorbeeld ‘Hé lieverd, ik pak je op’, en til dan rustig op. Je baby kent jouw stem al snel en kan zich zo voorbereiden, waardoor oppakken minder als een schrik voelt. Je merkt dat het werkt als je baby minder schrikt bij het optillen en sneller ontspant in je armen.


smile-back-and-wait =
    .title = Lach terug en wacht even
    .body = Kijkt je baby je vandaag aan, lach dan breed terug en wacht een paar tellen voordat je iets zegt. Jouw gezicht is voor je baby het boeiendste wat er is, en dit heen en weer is jullie eerste gesprekje. Je merkt dat het werkt als je baby terug lacht, enthousiast gaat trappelen of een geluidje maakt.

coo-back-and-forth =
    .title = Een gesprekje van klinkers
    .body = Doe vandaag het koeren van je baby na, ‘aaa’ of ‘oeh’, en laat daarna een stilte vallen zodat je baby weer aan de beurt is. Zo ontdekt je baby dat geluidjes maken iets oplevert: iemand die luistert en antwoord geeft. Je merkt het als je baby in jouw pauzes zelf weer gaat brabbelen of aandachtig naar je mond kijkt.

lower-your-voice-when-fussy =
    .title = Zachter praten bij onrust
    .body = Wordt je baby vandaag onrustig, laat je stem dan zakken: langzamer, lager en zachter, alsof je een geheimpje vertelt. Baby’s horen precies hoe je stem klinkt, en een rustige toon zegt ‘het is goed’ lang voordat ze woorden snappen. Het helpt als de handjes ontspannen, het huilen korter wordt of je baby jouw gezicht gaat zoeken.

knee-bouncing-rhyme =
    .title = Hop hop paardje op je knieën
    .body = Zet je baby vandaag op je knieën, stevig vastgehouden onder de armpjes, en zing Hop hop paardje met zachte hupjes op de maat. Laat je baby aan het eind een klein stukje zakken en vang meteen weer op. Herhaling maakt het spannend en veilig tegelijk. Je ziet dat het werkt als je baby al gaat lachen of zich schrap zet vlak voor het zakken.

sway-to-a-slow-song =
    .title = Wiegen op In de maneschijn
    .body = Neem je baby vandaag in je armen en wieg langzaam heen en weer op de maat van In de maneschijn of een ander rustig liedje. Het vaste ritme en jouw stem zo dichtbij geven je baby houvast. Vals zingen of eigen woorden verzinnen mag: het gaat om jou. Je ziet dat het helpt als je baby zwaarder wordt in je armen of je stil aankijkt.

leg-massage-after-bath =
    .title = Beentjes masseren na het badje
    .body = Warm na het badje een beetje gewone, ongeparfumeerde olie op tussen je handen en strijk langzaam van dij naar voetje, een paar keer per been. Praat er zacht bij. Rustige aanraking maakt bij jullie allebei oxytocine aan, het knuffelhormoon. Draait je baby weg, huilt of verstijft die, stop dan gewoon; morgen kan het weer. Gaat het goed, dan voel je de beentjes slap worden.

tummy-circles-massage =
    .title = Rondjes over het buikje
    .body = Leg je baby vandaag op een warme handdoek en maak met een warme hand en een druppel olie zonder geurtje langzame rondjes met de klok mee over het buikje. Trage, herhaalde bewegingen helpen je baby tot rust te komen en voelen als een knuffel met je handen. Kijkt je baby weg of wordt die onrustig, dan stop je. Een diepe zucht of een gaap betekent: dit is fijn.

long-strokes-down-the-back =
    .title = Lange halen over het rugje
    .body = Ligt je baby vandaag op je schoot of op de buik naast je, strijk dan met een warme hand in lange, trage halen van nek naar billen. Op de blote huid kan een beetje ongeparfumeerde olie helpen. Langzame, voorspelbare aanraking kalmeert het hele lijfje. Vertel zacht wat je doet. Tilt je baby het hoofdje weg of wordt die druk, dan is het genoeg voor vandaag.

talk-through-the-nappy-change =
    .title = Vertel wat je doet bij het verschonen
    .body = Praat vandaag bij elke verschoning hardop mee: ‘Eerst je broekje uit, brr, even koud. En nu een schone luier.’ Je baby begrijpt de woorden nog niet, maar hoort je stem, voelt wat er komt en raakt zo vertrouwd met taal. Je merkt het als je baby stiller wordt en naar je kijkt zodra je begint te vertellen.

say-it-before-you-do-it =
    .title = Eerst zeggen, dan doen
    .body = Kondig vandaag aan wat je gaat doen voordat je het doet: ‘Ik til je op’, ‘nu gaat je mouw over je handje’. Wacht daarna een tel. Zo leert je baby dat er niets zomaar uit het niets gebeurt, en dat maakt optillen en aankleden minder schrikken. Na een tijdje zie je je baby zich klaarmaken, bijvoorbeeld door de armpjes te spannen als je ‘op’ zegt.

guided-tour-on-your-walk =
    .title = Een rondleiding tijdens het wandelen
    .body = Vertel je baby vandaag onderweg wat jullie tegenkomen: ‘Kijk, een hond. Hoor je die bus?’ Houd het kort en laat stiltes vallen. Zo deel je de wereld met je baby, en wordt jouw stem een vertrouwd anker tussen alle nieuwe dingen. Je merkt het als je baby rustig rondkijkt en steeds even terugkeert naar jouw gezicht.

one-little-book-every-day =
    .title = Eén boekje, elke dag
    .body = Pak vandaag een stevig prentenboekje en lees het voor, ook al heeft je baby geen idee waar het over gaat. Het gaat om de melodie van je stem en het dicht tegen elkaar aan zitten. Lees morgen gerust hetzelfde boekje: herhaling is fijn. Het werkt als je baby stil wordt bij de eerste zin, of van de plaatjes naar jou kijkt en weer terug.

bold-black-and-white-pictures =
    .title = Zwart-witte plaatjes bekijken
    .body = Houd vandaag een boekje met duidelijke zwart-witte plaatjes ongeveer zo ver van je baby als jouw gezicht is tijdens het voeden, en vertel zacht wat erop staat. Jonge baby’s zien sterke contrasten het best, en jouw stem maakt er een moment samen van. Kijkt je baby weg, dan is dat een pauze. Strak kijken en stil worden laten zien dat het boeit.

read-your-own-book-aloud =
    .title = Lees voor uit je eigen boek
    .body = Zin om zelf iets te lezen? Lees dan vandaag een paar bladzijden hardop voor met je baby op schoot: uit je roman, een tijdschrift of een recept. Voor je baby telt vooral het ritme van je stem, niet het verhaal. En jij hebt ook even iets voor jezelf. Je merkt het als je baby ontspannen tegen je aan ligt en af en toe naar je mond kijkt.

three-steps-before-sleep =
    .title = Drie vaste stapjes voor het slapen
    .body = Kies vandaag drie kleine stapjes die je voortaan steeds voor het slapen doet, bijvoorbeeld: gordijnen dicht, slaapzak aan, één liedje. Dezelfde volgorde vertelt je baby wat er komt, en een voorspelbare wereld voelt veilig. Het hoeft niet op de minuut, en iedereen die je baby naar bed brengt kan het zo doen. Na een tijdje wordt je baby misschien al rustiger bij stap één.

a-familiar-feeding-spot =
    .title = Een vast plekje om te voeden
    .body = Voed je baby vandaag zoveel mogelijk op hetzelfde rustige plekje en in dezelfde houding, met je telefoon even buiten bereik. Herkenbare momenten geven je baby houvast: hier krijg ik eten en aandacht. Lukt het niet elke keer? Geen punt. Het werkt als je baby op dat plekje al verwachtingsvol naar je toe draait of rustiger drinkt.

the-same-good-morning =
    .title = Elke ochtend hetzelfde goedemorgen
    .body = Begroet je baby vandaag bij het wakker worden steeds op dezelfde manier: gordijn open, ‘Goedemorgen, daar ben je!’ en een knuffel. Zo’n klein vast ritueel maakt het begin van de dag herkenbaar en warm. Wie er ook opstaat, jij, je partner als je die hebt of een grootouder, kan het zo doen. Je merkt het als je baby al lacht of trappelt zodra het gordijn opengaat.

together-in-the-mirror =
    .title = Samen in de spiegel kijken
    .body = Ga vandaag met je baby op schoot voor een spiegel zitten en vertel wat je ziet: ‘Daar ben jij, en daar ben ik. En hier is je oor.’ Raak het oortje aan terwijl je het zegt. Je baby ziet vooral een leuk gezichtje terugkijken; zichzelf herkennen komt later, maar samen kijken en benoemen verbindt al. Het werkt als je baby naar de spiegel lacht of van jou naar je spiegelbeeld kijkt.

funny-faces-in-the-mirror =
    .title = Gekke gezichten in de spiegel
    .body = Houd je baby vandaag rechtop naast je voor de spiegel en trek een paar overdreven gezichten: verbaasd, blij, tong uit. Zeg erbij wat het is: ‘Oh! Verbaasd!’ Zo oefent je baby met gezichten lezen, de taal die baby’s al spreken voor ze woorden hebben. Kijkt je baby weg, dan is het even genoeg. Het werkt als je baby geboeid kijkt, lacht of je mond probeert na te doen.

mirror-by-the-changing-table =
    .title = Een spiegeltje bij de commode
    .body = Zet of hang vandaag een onbreekbaar spiegeltje bij de commode en kijk er samen in tijdens het verschonen: ‘Daar zijn je voetjes! En hier je buik.’ Zo wordt een klusje een klein spelletje samen, en koppel je jouw woorden aan wat je baby ziet en voelt. Het werkt als je baby het spiegeltje gaat zoeken en rustiger ligt op de commode.

quiet-corner-after-a-busy-day =
    .title = Na drukte even naar een stil hoekje
    .body = Was het vandaag druk met bezoek, boodschappen of een verjaardag? Zoek daarna met je baby een rustig, wat schemerig plekje op, zonder tv of muziek, en laat je baby gewoon tegen je aan liggen. Veel geluid en gezichten kunnen een baby overvol maken, en stilte bij jou helpt alles te laten zakken. Het werkt als de blik zachter wordt, de vuistjes opengaan of je baby in slaap valt.

looking-away-means-a-break =
    .title = Wegkijken betekent: even pauze
    .body = Let er vandaag tijdens het spelen op wanneer je baby wegkijkt, gaapt, gaat hikken of wild met de armpjes zwaait. Zo zegt je baby vaak: even genoeg. Stop dan met praten, geef wat ruimte en wacht tot je baby je weer aankijkt. Je merkt dat je het goed leest als je baby na zo’n pauze uit zichzelf weer contact zoekt.

bright-eyes-time-to-play =
    .title = Heldere oogjes? Tijd om te spelen
    .body = Heeft je baby vandaag heldere ogen, een open gezicht en trappelende beentjes? Dan vraagt je baby om contact. Dat is het moment voor een liedje, een rammelaar of gekke geluidjes. Een baby heeft niet alleen rust nodig, maar ook jou als speelmaatje. Je merkt dat het raak is als je baby je blijft aankijken en steeds meer geluidjes maakt.

one-thing-at-a-time =
    .title = Eén ding tegelijk
    .body = Zet vandaag tijdens het spelen de tv of radio uit en geef je baby maar één speeltje tegelijk. Voor een baby is jouw gezicht met één rammelaar erbij al een hele wereld; meer tegelijk maakt eerder onrustig dan blij. Je merkt het verschil als je baby langer geconcentreerd kijkt, naar het speeltje grijpt en tussendoor naar jou lacht.

answer-the-reach =
    .title = Reageer als je baby naar je reikt
    .body = Strekt je baby vandaag de armpjes naar je uit of grijpt die naar je haar of je vinger, reageer dan: pak het handje, lach en zeg ‘Hé, daar ben je!’ Zo leert je baby dat contact zoeken werkt en dat jij er bent. Je hoeft niet alles te laten vallen; een blik en een paar woorden zijn vaak genoeg. Je merkt het als je baby vaker en blijer naar je reikt.

look-where-they-look =
    .title = Kijk mee met je baby
    .body = Volg vandaag eens waar je baby naar kijkt, de lamp, wiebelende bladeren, de kat, en praat erover: ‘Jij ziet die blaadjes bewegen, hè?’ Meegaan met wat je baby boeit zegt: ik zie wat jij ziet. Dat is gevoelig reageren in het klein. Het werkt als je baby langer blijft kijken en dan naar jou, alsof die het wil delen.

cheer-the-small-things =
    .title = Juich om kleine dingen
    .body = Geef je baby vandaag een enthousiast complimentje bij elke poging: het hoofdje optillen, een nieuw geluidje, een greep naar het speeltje. ‘Wauw, dat deed je zelf!’ Jouw blije gezicht laat je baby ervaren dat wat die doet voor jou telt. Je merkt het als je baby straalt, het nog eens probeert of na een poging meteen naar jou kijkt.

lend-them-your-calm =
    .title = Leen je baby jouw rust
    .body = Huilt je baby vandaag hard, adem dan zelf eerst een keer diep uit, laat je schouders zakken en neem je baby tegen je aan. Een baby kan zichzelf nog niet kalmeren en leent daarvoor jouw rust: je hartslag, je ademhaling, je stem. Het hoeft niet meteen stil te zijn. Je ziet het werken als het huilen in golfjes minder wordt en je baby zich tegen je aan vlijt.

the-same-comfort-each-time =
    .title = Steeds dezelfde troost
    .body = Kies vandaag een vaste manier van troosten en gebruik die steeds: bijvoorbeeld je baby rechtop tegen je schouder, zacht ‘sssst’ en langzaam wiegen. Door steeds weer op dezelfde manier gekalmeerd te worden, leert je baby hoe rustig worden voelt; later lukt dat stukje bij beetje ook zelf. Je merkt het als je baby sneller ontspant zodra je die vertrouwde houding aanneemt.

eyes-on-each-other-during-a-feed =
    .title = Kijk elkaar aan tijdens de voeding
    .body = Leg vandaag tijdens één voeding je telefoon weg en kijk je baby rustig aan. Zeg zacht iets of neurie een wijsje. Zoekt je baby je blik, houd die dan vast; kijkt je baby weg, ook goed. Zulke momenten van elkaar aankijken zijn de bouwstenen van jullie band. Je merkt het als je baby tussen het drinken door stopt om naar je te kijken, soms met een glimlach.

a-song-with-their-name =
    .title = Een liedje met de naam van je baby
    .body = Verzin vandaag een simpel liedje met de naam van je baby erin, bijvoorbeeld op de wijs van Altijd is Kortjakje ziek. Zing het bij het aankleden of onderweg in de kinderwagen. Je baby hoort de eigen naam vaak en vrolijk, en jullie liedje wordt iets van jullie samen. Het werkt als je baby gaat lachen of stil wordt zodra je de eerste noten inzet.

finger-rhyme-on-toes =
    .title = Een vingerversje op de teentjes
    .body = Speel vandaag een vingerversje zoals Dit is de duim, terwijl je een voor een de vingertjes of teentjes aanraakt, en kriebel aan het eind even zacht. Rijmpjes met aanraking combineren ritme, jouw stem en je handen: drie dingen waar baby’s van houden. Het werkt als je baby bij de laatste regel al verwachtingsvol gaat wiebelen of giechelen.

an-extra-cuddle-minute =
    .title = Een extra knuffelminuut
    .body = Neem vandaag na een slaapje een minuut extra om je baby gewoon vast te houden, zonder dat er iets hoeft. Knuffelen maakt oxytocine aan, een stofje dat jullie band versterkt, en het laat je baby voelen dat die welkom is. Op een drukke dag doet het jou ook goed. Het werkt als je baby zich tegen je aan nestelt of je met een ontspannen gezichtje aankijkt.

skin-to-skin-still-counts =
    .title = Huid op huid, ook nu nog
    .body = Huid-op-huidcontact is niet alleen iets voor de eerste dagen. Leg je baby vandaag in alleen een luier op je blote borst, met een dekentje over jullie heen, terwijl jij zelf wakker en alert blijft. Het helpt je baby bij warmte, hartslag en spanning, en elke ouder of verzorger kan het doen. Het werkt als je baby rustig gaat ademen en zich helemaal ontspant.

guess-out-loud =
    .title = Raad hardop wat er is
    .body = Huilt of jengelt je baby vandaag, zeg dan hardop wat je denkt: ‘Ben je moe? Of heb je honger? Even kijken.’ Je hoeft het niet meteen goed te raden; proberen is genoeg. Zo merkt je baby dat er iemand luistert, en jij wordt er vaak zelf ook rustiger van. Je ziet het werken als je baby bij het horen van je stem even stil wordt en je ogen zoekt.

missed-it-make-it-right =
    .title = Even mis? Maak het weer goed
    .body = Reageerde je vandaag kortaf of later dan je wilde, omdat je moe was of druk met iets anders? Ga dan terug naar je baby, pak die op en zeg: ‘Sorry, ik ben er nu.’ Zulke kleine missers horen bij elk gezin; het weer goedmaken maakt jullie band juist sterker. Je merkt het als je baby zich laat troosten en weer contact maakt met een blik of een geluidje.

your-rest-counts-too =
    .title = Jouw rust telt ook
    .body = Kies vandaag één klusje dat mag blijven liggen en gebruik die tijd om te zitten, te eten of te slapen. Uitgeput zijn maakt het voor iedereen lastiger om geduldig en opmerkzaam te blijven, dus rust nemen is ook zorgen voor je baby. Vraag gerust iemand om te helpen met boodschappen of de was. Je merkt het als je bij het volgende huiltje iets minder gejaagd bent.

ten-minutes-without-a-screen =
    .title = Tien minuten zonder scherm
    .body = Leg vandaag je telefoon tien minuten in een andere kamer en wees gewoon bij je baby, op de grond of op de bank. Je hoeft niets bijzonders te doen; beschikbaar zijn is genoeg. Kijk wat je baby doet en reageer daarop. Je merkt het als je baby vaker jouw kant op kijkt, geluidjes maakt of lacht, en misschien word jij er zelf ook rustiger van.

face-to-face-on-the-floor =
    .title = Op de buik, oog in oog
    .body = Ga vandaag plat op de grond liggen als je baby op de buik ligt te oefenen, met je gezicht op dezelfde hoogte. Lach, trek je wenkbrauwen op, praat zacht. Jouw gezicht vlakbij maakt het zware werk van het hoofdje optillen een stuk leuker. Het werkt als je baby het hoofdje wat langer omhoog houdt om jou te zien, en je toelacht.

glad-you-are-here =
    .title = Laat merken dat je blij met je baby bent
    .body = Zeg vandaag zomaar tussendoor, met je gezicht dichtbij: ‘Wat fijn dat jij er bent.’ Je baby begrijpt de woorden niet, maar voelt je warme blik en blije toon. Juist in zulke kleine, gewone momenten ontdekt je baby dat die gezien wordt en welkom is. Je merkt het als je baby je gezicht aandachtig bestudeert, gaat lachen of terugkoert.

another-carer-takes-the-bath =
    .title = Laat een ander het badje doen
    .body = Laat vandaag iemand die vaak bij je baby is, je partner als je die hebt, een grootouder of een vaste oppas, het badje doen, terwijl jij erbij bent. Een baby kan zich ook aan andere vertrouwde volwassenen hechten, en dat maakt het later makkelijker als jij even weg bent. Je merkt het als je baby die ander ook aankijkt, toelacht en zich ook door die ander laat troosten.

picking-up-does-not-spoil =
    .title = Oppakken verwent niet
    .body = Krijg je het advies om je baby ‘maar even te laten huilen’? Bij zo’n jonge baby mag je gewoon gaan kijken en troosten. Een baby van deze leeftijd huilt niet uit gewoonte, maar omdat er iets nodig is, en wie steeds gehoord wordt, leert dat contact zoeken zin heeft. Zelfstandigheid komt later vanzelf. Je merkt het als je baby zich steeds makkelijker laat troosten.

only-you-will-do-now =
    .title = Alleen jij is goed? Dat is de band
    .body = Protesteert je baby vandaag als een ander je baby overneemt? Rond deze leeftijd kiest een baby duidelijk voor de mensen aan wie die gehecht is. Dat is geen verwennerij en niets om af te leren, maar een teken dat jullie band zichtbaar wordt. Neem je baby even terug, stel gerust en geef het tijd. Je merkt het als je baby in jouw armen snel weer rustig is.

not-the-favourite-right-now =
    .title = Even niet de favoriet?
    .body = Wil je baby vandaag alleen naar die ene ouder of verzorger en niet naar jou? Dat kan pijn doen, maar het is heel gewoon rond deze leeftijd: de voorkeur voor één vertrouwd persoon wordt sterker. Blijf rustig en vriendelijk in de buurt en doe kleine vaste dingen samen, zoals het badje of een liedje. Je merkt het als je baby ook bij jou weer gaat lachen en je armen zoekt.

let-strangers-warm-up-slowly =
    .title = Laat onbekenden rustig opwarmen
    .body = Komt er vandaag iemand langs die je baby weinig ziet? Houd je baby eerst zelf op schoot en vraag de bezoeker om niet meteen vast te pakken, maar eerst met jou te praten en rustig te lachen. Eenkennig zijn is normaal rond deze leeftijd; je baby kijkt bij jou of het veilig is. Je merkt het als je baby zelf nieuwsgierig gaat kijken, lachen of naar de bezoeker reikt.

no-passing-round-when-they-cling =
    .title = Niet doorgeven als je baby zich vastklampt
    .body = Op een verjaardag wil iedereen je baby even vasthouden. Klampt je baby zich vandaag aan je vast of verstopt die het gezichtje in je hals, dan mag je vriendelijk zeggen: ‘Nu even niet, we kijken eerst rustig rond.’ Zo laat je merken dat je de signalen van je baby serieus neemt. Het werkt als je baby ontspant en na een tijdje zelf nieuwsgierig om zich heen gaat kijken.

a-short-goodbye-ritual =
    .title = Een kort en vast afscheidsritueel
    .body = Ga je vandaag weg zonder je baby? Bedenk een kort, vast afscheid: een knuffel, ‘Dag dag, ik kom terug’, zwaaien, en dan echt gaan. Stiekem wegglippen is verleidelijk, maar plots verdwijnen maakt een baby juist onzekerder. Een herkenbaar afscheid maakt het voorspelbaar. Wat verdriet is normaal; je merkt dat het werkt als je baby zich daarna door de ander laat troosten.

make-the-reunion-count =
    .title = Maak iets van het weerzien
    .body = Kom je vandaag terug na een tijdje weg, neem dan even de tijd voor het weerzien: ga op ooghoogte, zeg ‘Ik ben er weer!’ en knuffel voordat je iets anders gaat doen. Telkens weer terugkomen laat je baby ervaren dat jij te vertrouwen bent. Soms is je baby eerst even boos of stil; dat hoort erbij. Je merkt het als je baby je armen zoekt en na een tijdje ontspant.

peekaboo-with-a-cloth =
    .title = Kiekeboe met een doekje
    .body = Leg vandaag een dunne doek over je eigen hoofd, wacht een tel en trek hem weg: ‘Kiekeboe!’ En dan nog eens, en nog eens. Je baby ontdekt dat jij terugkomt als je even weg bent, en dat weggaan en terugkomen zelfs een spelletje kan zijn. Je merkt het aan de gespannen stilte vlak voor je tevoorschijn komt en de schaterlach als het zover is.

let-them-pull-the-cloth =
    .title = Laat je baby de doek wegtrekken
    .body = Speel vandaag kiekeboe, maar laat je baby zelf de doek van jouw gezicht trekken, of leg het doekje licht over het hoofdje van je baby: ‘Waar ben je? Daar ben je!’ Zelf het einde maken geeft je baby het gevoel iets te kunnen laten gebeuren. Je merkt het als je baby het doekje teruggeeft of zich zelf gaat verstoppen: nog een keer!

peekaboo-round-the-corner =
    .title = Kiekeboe om het hoekje
    .body = Verstop je vandaag een paar tellen achter de bank of de deur en kom met een vrolijk ‘Kiekeboe!’ weer tevoorschijn. Blijf praten terwijl je uit beeld bent, zodat je baby je stem blijft horen. Zo oefenen jullie in het klein en al spelend met weggaan en terugkomen. Het werkt als je baby nieuwsgierig naar het hoekje kijkt en lacht als je terug bent, in plaats van te schrikken.

peekaboo-while-dressing =
    .title = Kiekeboe bij het aankleden
    .body = Trek je vandaag een truitje over het hoofd van je baby, maak er dan een spelletje van: ‘Waar is je gezicht? Kiekeboe!’ Zo wordt een moment waar veel baby’s een hekel aan hebben een voorspelbaar grapje. Even niets zien en dan jou weer vinden is voor je baby telkens een kleine geruststelling. Je merkt het als je baby minder tegenspartelt en al lacht als het truitje eraan komt.

keep-the-circle-small =
    .title = Houd de kring klein en vertrouwd
    .body = Kijk vandaag eens wie er allemaal voor je baby zorgen. Een baby hecht zich aan een paar mensen die vaak dichtbij zijn, dus een kleine, vaste groep werkt beter dan veel wisselende gezichten. Regel je opvang of oppas, kies dan liever steeds dezelfde persoon of dezelfde vaste dagen. Je merkt het als je baby die vaste mensen blij begroet en zich door hen laat troosten.

settle-in-step-by-step =
    .title = Stap voor stap wennen bij de opvang
    .body = Gaat je baby binnenkort naar de opvang of een nieuwe oppas? Plan een paar korte wenmomenten: eerst samen een uurtje, dan even zonder jou, dan wat langer. Zo leert je baby de nieuwe verzorger in kleine stapjes kennen, terwijl jij nog het vertrouwde anker bent. Vraag gerust naar een vaste begeleider. Je merkt het als je baby daar rondkijkt, speelt en zich laat troosten.

share-your-comfort-secrets =
    .title = Deel je troostgeheimen
    .body = Schrijf vandaag voor de oppas, de grootouders of de opvang op hoe jullie je baby troosten en laten slapen: welk liedje, welke knuffel, welke manier van wiegen. Als een ander op dezelfde manier reageert, herkent je baby dat en voelt die zich sneller veilig. Een baby kan zich ook aan hen goed hechten. Je merkt het als je hoort dat je baby met het vertrouwde liedje tot rust kwam.

a-regular-day-with-someone-else =
    .title = Een vast moment met opa, oma of een ander
    .body = Spreek vandaag met een grootouder, een buur of een goede vriend af om je baby vaker te zien, liefst op een vast moment, zoals elke woensdag. Een baby kan zich ook hechten aan andere volwassenen die regelmatig en liefdevol in de buurt zijn, en dat is een mooi cadeau voor later. Je merkt het als je baby die persoon herkent, lacht en zich steeds makkelijker laat oppakken.

a-bond-with-the-childcare-worker =
    .title = Een band met de opvang is goed nieuws
    .body = Strekt je baby vandaag de armpjes uit naar de pedagogisch medewerker van de opvang? Dat kan even een steek geven, maar het is goed nieuws: je baby voelt zich daar veilig. Jouw plek blijft uniek; een kind kan zich aan meerdere mensen hechten zonder dat de band met jou minder wordt. Je merkt het als je baby je bij het ophalen blij aankijkt en tegen je aan kruipt.

you-on-the-floor-them-exploring =
    .title = Jij op de grond, je baby op ontdekking
    .body = Ga vandaag op de grond zitten terwijl je baby speelt, rolt of wegkruipt, en blijf daar gewoon, rustig en zichtbaar. Je baby durft verder te ontdekken omdat jij het vertrouwde vertrekpunt bent. Je hoeft niet mee te spelen; er zijn is genoeg. Je merkt dat het werkt als je baby steeds even omkijkt naar jou, terugkomt voor een aai en dan weer op pad gaat.

open-arms-after-a-fright =
    .title = Open armen na een schrikje
    .body = Komt je baby vandaag na een schrikmoment, een harde knal of een kleine val, huilend naar je toe, open dan je armen en vang op. Je hoeft niet te zeggen dat het niks is. Als je baby weet dat jij de haven is om naar terug te keren, durft die daarna weer verder. Je merkt het als je baby na het troosten vanzelf weer van je schoot glijdt om door te spelen.

say-what-they-feel =
    .title = Zeg wat je baby voelt
    .body = Zeg vandaag hardop wat je denkt dat je baby voelt: ‘Je schrok van dat harde geluid, hè?’ of ‘Je bent boos, je wilde dat blokje hebben.’ Je baby begrijpt de woorden nog niet, maar merkt aan je toon dat jij ziet wat er vanbinnen gebeurt. Zo groeit het gevoel: wat ik voel, mag er zijn. Je merkt het als je baby je aankijkt terwijl je praat en sneller tot rust komt.

wonder-aloud-what-they-think =
    .title = Vraag je hardop af wat je baby denkt
    .body = Zie je je baby vandaag gespannen naar iets kijken, zeg dan wat je denkt dat er in dat hoofdje omgaat: ‘Wat is dat voor ding, denk je? Dat wil je wel pakken, hè?’ Door je in je baby te verplaatsen en het uit te spreken, leer je je baby steeds beter kennen. Het werkt als je baby je even aankijkt, alsof die wil zeggen: ja, precies.

a-day-you-can-predict =
    .title = Een dagritme dat je kunt voorspellen
    .body = Schrijf vandaag eens op hoe jullie dag grofweg verloopt: wakker worden, eten, slapen, naar buiten, badje. Probeer dat ritme de komende week ongeveer aan te houden, ook als iemand anders op je baby past. Een herkenbare dag maakt de wereld overzichtelijk en daardoor veilig. Je merkt het als je baby makkelijker overgaat naar eten of slapen, omdat die al weet wat er komt.

a-rough-day-say-it-and-slow-down =
    .title = Een rotdag? Zeg het en doe rustig
    .body = Voel je je vandaag gespannen of prikkelbaar? Zeg het dan met een rustige stem tegen je baby: ‘Ik ben moe, maar ik ben er.’ Doe alles wat langzamer. Snel wisselende buien van volwassenen kunnen een baby in de war brengen; een kalme stem en rustige gebaren helpen al veel. Voelt het vaak zo, praat er dan over met iemand die je vertrouwt of met het consultatiebureau.

hide-a-toy-under-a-cloth =
    .title = Een speeltje verstoppen onder een doek
    .body = Verstop vandaag, terwijl je baby kijkt, een speeltje half onder een doek en vraag: ‘Waar is de bal?’ Laat je baby zoeken en juich als die het vindt. Zo ontdekt je baby dat dingen, en mensen, blijven bestaan als ze even uit zicht zijn. Daardoor wordt jouw weggaan ook wat begrijpelijker. Het werkt als je baby aan de doek trekt en het speeltje trots omhoog houdt.

out-of-sight-but-not-out-of-earshot =
    .title = Even weg, maar wel te horen
    .body = Moet je vandaag even naar een andere kamer, zeg het dan voordat je gaat: ‘Ik haal even de was, ik kom zo terug.’ Praat of zing terwijl je wegloopt, zodat je baby je blijft horen, en kom terug zoals je zei. Zo merkt je baby: wat wordt aangekondigd, klopt ook. Het werkt als je baby minder hard protesteert of even afwacht in plaats van meteen te huilen.

tears-at-goodbye-are-no-failure =
    .title = Tranen bij afscheid zijn geen mislukking
    .body = Huilt je baby vandaag als je weggaat, bij de opvang of bij de grootouders? Rond deze leeftijd is dat heel gewoon: je baby snapt dat jij weg bent, maar nog niet goed dat je terugkomt. Het zegt iets moois over jullie band, niet iets slechts over jouw aanpak. Zeg vriendelijk gedag en vertrouw op de ander. Het gaat goed als je hoort dat je baby daarna snel weer speelde.

something-familiar-from-home =
    .title = Iets vertrouwds mee van thuis
    .body = Gaat je baby vandaag naar de opvang, een oppas of de grootouders? Geef dan iets bekends mee: de eigen slaapzak, een knuffeltje of een doekje dat naar thuis ruikt. Vertrouwde spullen maken een andere plek wat minder vreemd. Het vervangt jou niet, maar het helpt een beetje. Je merkt het als je baby het knuffeltje vastpakt wanneer die zich ergens even onzeker voelt.

let-them-lead-the-game =
    .title = Laat je baby het spel bepalen
    .body = Kijk vandaag bij het spelen eerst wat je baby wil: slaat die met een lepel op tafel, doe het dan na; gooit die iets op de grond, raap het op en geef het terug. Volgen in plaats van leiden laat je baby voelen dat wat die wil ertoe doet. Het werkt als je baby je verwachtingsvol aankijkt, het spelletje herhaalt en je uitnodigt om mee te doen.

clap-your-hands-song =
    .title = Klap eens in je handjes
    .body = Zing vandaag Klap eens in je handjes en klap samen: eerst met jouw handen om die van je baby, later misschien zelf. Liedjes met vaste gebaren worden een herkenbaar spelletje dat je baby ook bij een grootouder of oppas kan terugvinden. Zo neem je iets van thuis mee naar andere plekken. Het werkt als je baby al gaat klappen of wiebelen zodra je het liedje inzet.

there-at-night-too =
    .title = Ook ’s nachts ben je er
    .body = Wordt je baby vannacht vaker wakker dan eerst? Rond deze leeftijd gebeurt dat vaak, ook omdat je baby beter doorheeft dat jij er soms niet bent. Ga kijken, leg een hand op je baby en zeg zacht: ‘Ik ben hier.’ Dat bevestigt steeds weer: als ik roep, komt er iemand. Het werkt als je baby sneller weer in slaap valt. Ben je kapot? Wissel af met een ander als dat kan.

only-you-will-do-take-a-break-anyway =
    .title = Alleen jij is goed? Neem toch pauze
    .body = Wil je baby alleen bij jou zijn en word je daar moe van? Heel begrijpelijk. Plan toch kleine pauzes: laat iemand die je vertrouwt een rondje wandelen met je baby, of neem tien minuten voor een douche terwijl een ander oppast. Een uitgeruste verzorger heeft meer geduld, en je baby leert dat die ander ook veilig is. Je merkt het als je je baby weer met meer zin oppakt.

safe-seen-soothed =
    .title = Veilig, gezien, getroost
    .body = Sta vanavond even stil bij de dag. Was je baby veilig? Werd je baby gezien, al was het in een paar blikken? Werd je baby getroost toen dat nodig was? Kun je meestal ‘ja, zo ongeveer’ zeggen, dan groeit er bij je baby een gevoel van zekerheid. Perfect hoeft niet. Je merkt het aan een baby die jou opzoekt als iets spannend wordt.

point-and-name =
    .title = Wijs aan en vertel
    .body = Wijs vandaag een paar keer iets aan en noem het: ‘Kijk, de poes!’ Kijk daarna naar je baby en dan weer naar de poes. Rond deze leeftijd begint je baby te snappen dat jouw vinger ergens naartoe wijst, en samen naar hetzelfde kijken is een nieuwe manier van contact. Het werkt als je baby met de ogen je vinger volgt en daarna naar jou kijkt.

cuddles-for-a-busy-explorer =
    .title = Knuffelen blijft belangrijk
    .body = Nu je baby meer beweegt en wil ontdekken, schiet lang knuffelen er misschien bij in. Maak vandaag bewust een paar rustige momenten: samen op de bank na het eten, even dicht tegen je aan voor het slapen. Aanraking blijft jullie band voeden, ook nu je baby groter wordt. Je merkt het als je baby uit zichzelf tegen je aan komt liggen of het hoofd op je schouder legt.


name-the-fall =
    .title = Zeg wat je ziet na een val
    .body = Valt je kind vandaag, ga dan even op ooghoogte zitten en zeg wat er gebeurde: “Boem, je viel op je knie. Daar schrok je van, hè?” Woorden bij een gevoel helpen je kind begrijpen wat er vanbinnen gebeurt. Je merkt dat het werkt als het huilen eerder zakt, of als je kind je later zelf aanwijst waar het zeer deed.

be-the-fixed-point =
    .title = Wees vandaag het vaste punt
    .body = Ga in de speeltuin of in de kamer op één plek zitten, goed zichtbaar, en blijf daar een tijdje. Je kind mag weglopen en terugkomen wanneer het wil. Wie weet dat jij blijft zitten, durft een stukje verder te gaan. Je ziet het werken als je kind even omkijkt of kort tegen je knie leunt en dan weer op pad gaat.

open-arms-first =
    .title = Eerst open armen, vragen komen later
    .body = Komt je kind vandaag huilend of geschrokken naar je toe, open dan eerst gewoon je armen, nog zonder vragen of uitleg. Een veilige haven om op adem te komen maakt het daarna makkelijker om weer te gaan ontdekken. Je merkt dat het werkt als je kind na een poosje zelf van je schoot af wil en weer gaat spelen.

count-to-ten-before-helping =
    .title = Tel tot tien voordat je helpt
    .body = Zie je je kind vandaag worstelen met een blokje, een deksel of een schoen, tel dan rustig tot tien voordat je helpt. Zo krijgt je kind de kans om zelf iets uit te vinden, met jou dichtbij als vangnet. Je ziet het werken aan die trotse blik als het lukt, of aan een handje dat jou erbij haalt als het echt niet gaat.

choice-of-two =
    .title = Laat je kind kiezen uit twee
    .body = Geef je kind vandaag een paar keer een keuze uit twee: de rode of de blauwe beker, eerst de broek of eerst de trui. Zo’n kleine keuze laat je kind voelen dat het ertoe doet wat het zelf wil. Je merkt het aan wat minder strijd bij het aankleden, of aan hoe beslist je kind naar een van de twee wijst.

repair-after-snapping =
    .title = Uit je slof geschoten? Maak het goed
    .body = Schoot je vandaag uit je slof, ga dan naast je kind zitten zodra je zelf wat rustiger bent en zeg: “Ik werd net heel boos. Dat was schrikken, hè? Het spijt me.” Na een botsing weer goedmaken maakt de band sterker dan nooit botsen. Je ziet het werken als je kind weer naar je toe komt, je aankijkt of gewoon naast je verder speelt.

goodbye-ritual-at-childcare =
    .title = Een vast afscheid bij de opvang
    .body = Bedenk een kort afscheid dat elke keer hetzelfde gaat, bijvoorbeeld een knuffel, een zwaai bij het raam en “Tot vanmiddag, na het fruit.” Glip liever niet stiekem weg. Een vaste volgorde maakt het afscheid voorspelbaar, ook als er tranen zijn. Je merkt dat het werkt als je kind na een paar weken sneller tot rust komt bij de vertrouwde pedagogisch medewerker.

one-line-for-the-carer =
    .title = Geef de opvang één zinnetje mee
    .body = Vertel bij het brengen één ding aan de pedagogisch medewerker of oppas: “Slecht geslapen vannacht” of “Is helemaal gek op treinen.” Vraag bij het halen ook één ding terug. Zo loopt er een draadje tussen thuis en de andere plek, waardoor de dag voor je kind meer één geheel wordt. Je merkt het als de verzorger er iets mee doet en je kind makkelijker loslaat.

small-circle-of-sitters =
    .title = Houd de kring van oppassers klein
    .body = Moet er deze week opgepast worden, vraag dan liever steeds dezelfde een of twee mensen dan telkens iemand nieuws. Een jong kind hecht zich aan een handvol vertrouwde volwassenen die vaak in de buurt zijn. Je merkt dat het werkt als je kind de oppas bij binnenkomst herkent en na een tijdje zelf die kant op kruipt of loopt.

new-carer-step-by-step =
    .title = Laat een nieuwe verzorger rustig wennen
    .body = Komt er een nieuwe oppas of gaat je kind naar een nieuwe groep, plan dan eerst een bezoekje samen waarbij jij in de kamer blijft. Daarna een kort uurtje zonder jou, en pas later langer. Met jou als uitvalsbasis kan je kind de nieuwe persoon in eigen tempo leren kennen. Je ziet het werken als je kind naar die persoon lacht of iets van die persoon aanpakt.

a-ritual-with-another-carer =
    .title = Gun een andere verzorger een eigen ritueel
    .body = Laat een grootouder, de oppas of een andere vaste verzorger iets eigens hebben met je kind: een bepaald liedje, samen eendjes voeren, de ‘krant lezen’ op schoot. Je kind kan met meerdere vertrouwde volwassenen een echte band opbouwen, en dat haalt niets weg bij jou. Je merkt het als je kind al gaat stralen of zwaaien zodra die persoon binnenkomt.

five-minutes-at-pickup =
    .title = Vijf minuten samen na het ophalen
    .body = Huilt je kind bij het ophalen, of doet het alsof je lucht bent? Dat is heel gewoon: bij jou durft de spanning van de dag eruit. Neem na het weerzien vijf minuten alleen voor elkaar, op de bank of op een bankje buiten, voordat je aan boodschappen of koken begint. Je merkt dat het werkt als je kind daarna rustiger is en weer zin heeft om te spelen.

peekaboo-behind-the-door =
    .title = Kiekeboe achter de deur
    .body = Maak kiekeboe vandaag een stapje groter: verstop je half achter een deur of de bank, roep zachtjes de naam van je kind en kom dan met een lach tevoorschijn. Zo wordt weggaan en terugkomen een spel waar je kind zelf plezier in heeft. Je ziet het werken als je kind je gaat zoeken, giert van het lachen of het spel zelf opnieuw begint.

toy-under-the-cloth =
    .title = Verstop een speeltje onder een doek
    .body = Leg een doek over een speeltje terwijl je kind kijkt en vraag: “Waar is de beer gebleven?” Laat je kind de doek zelf optillen. Dit spel oefent het idee dat iets wat even weg is, terugkomt, en dat geldt ook voor jou. Je merkt het als je kind de doek steeds sneller wegtrekt, of het speeltje aan jou geeft om het nog een keer te doen.

toddler-hides-you-seek =
    .title = Laat je kind zich verstoppen
    .body = Peuters verstoppen zich graag, al steken hun voeten vaak onder het gordijn uit. Zoek hardop en een beetje traag: “Zit het onder de tafel? Nee… achter de stoel?” Zo bepaalt je kind zelf wanneer het weg is en wanneer het gevonden wordt. Je ziet het werken als je kind giechelend tevoorschijn springt en meteen opnieuw wil.

favourite-book-again =
    .title = Lees het lievelingsboek nog een keer
    .body = Pakt je kind vandaag weer hetzelfde boekje, lees het dan gerust voor de twintigste keer. Stop af en toe vlak voor een bekend woord en laat je kind aanvullen of aanwijzen. Herhaling voelt voor een jong kind veilig, omdat het weet wat er komt. Je merkt het als je kind het boek zelf naar je toe brengt, op je schoot kruipt en alvast gaat bladeren.

feelings-in-picture-books =
    .title = Zoek de gevoelens in het prentenboek
    .body = Kijk tijdens het voorlezen samen naar de gezichten in het boek: “Kijk, het konijn huilt. Het is zijn knuffel kwijt.” Zo maakt je kind kennis met woorden voor gevoelens, op een rustig en veilig moment op schoot. Je ziet het werken als je kind zelf naar een blij of boos gezicht wijst, of het huilgeluidje nadoet.

bedtime-in-the-same-order =
    .title = Een vaste volgorde voor het slapengaan
    .body = Kies een korte, vaste volgorde voor het naar bed gaan, bijvoorbeeld: tanden poetsen, pyjama, één boekje, een liedje, licht uit. Houd het vanavond zo, ook als de dag anders liep. Als je kind weet wat er komt, kost het minder moeite om de dag los te laten. Je merkt het als je kind na een tijdje zelf het boekje pakt of al gaat gapen bij het liedje.

warn-before-a-change =
    .title = Kondig een overgang van tevoren aan
    .body = Zeg vandaag vóór elke overgang even wat er gaat komen: “Nog één keer van de glijbaan, dan gaan we naar huis.” Een seintje vooraf geeft je kind tijd om los te laten, in plaats van overvallen te worden. Je merkt dat het werkt als het stoppen met spelen wat soepeler gaat. Protest mag er nog steeds zijn, dat hoort erbij.

name-the-anger =
    .title = Geef de boosheid een naam
    .body = Krijgt je peuter vandaag een driftbui, blijf dan dichtbij en zeg kort wat je ziet: “Jij bent zó boos. Je wilde nog een koekje.” Je hoeft het koekje niet te geven om het gevoel serieus te nemen. Een gevoel met een naam is voor een klein kind minder overweldigend. Je merkt het als de bui wat sneller zakt en je kind daarna bij je komt uithuilen.

guess-aloud-what-they-mean =
    .title = Raad hardop wat je kind bedoelt
    .body = Wijst of jengelt je kind vandaag naar iets, raad dan hardop: “Wil je de bal? Nee? O, de beker!” Ook als je ernaast zit, laat je zien dat je echt probeert te snappen wat er in dat hoofdje omgaat. Je merkt het als je kind knikt, opgelucht lacht of je hand pakt om je naar het goede ding te brengen.

let-them-refuel =
    .title = Laat je kind even bijtanken
    .body = Komt je kind tijdens het spelen steeds even terug bij je been? Geef dan een aai, een knipoog of een woordje, en laat het weer gaan. Dat terugkomen is bijtanken: met een volle tank durft je kind weer op ontdekkingstocht. Je merkt het als de uitstapjes na een paar keer vanzelf wat langer en verder worden.

your-face-says-its-safe =
    .title = Laat met je gezicht zien dat het veilig is
    .body = Twijfelt je kind bij iets nieuws, zoals een hond of een onbekende, dan kijkt het vaak eerst naar jouw gezicht. Geef een rustige, vriendelijke blik en zeg: “Dat is de hond van de buren, die is lief.” Jouw gezicht werkt voor je kind als een kompas in een onbekende situatie. Je ziet het werken als je kind ontspant en voorzichtig een stapje dichterbij zet.

little-helper =
    .title = Laat je kind meehelpen
    .body = Geef je kind vandaag een klusje dat bij een peuter past: de lepels naar tafel brengen, sokken in de wasmachine gooien, de deur voor je openduwen. Het gaat langzamer en rommeliger, en dat is prima. Meedoen laat je kind voelen dat het iets kan en erbij hoort. Je merkt het aan de trots waarmee het je aankijkt en aan het “Zelf doen!” dat volgt.

spills-are-practice =
    .title = Een ongelukje is gewoon oefenen
    .body = Morst je kind vandaag bij het zelf inschenken, of valt de toren om? Zeg luchtig: “Oeps, dat liep over. Pak jij een doekje?” Fouten maken hoort bij leren, en een kind dat mag mislukken zonder schaamte, blijft het proberen. Je merkt het als je kind het de volgende keer gewoon weer zelf wil doen, zonder bang naar je te kijken.

cheer-the-trying =
    .title = Juich voor het proberen
    .body = Probeert je kind vandaag iets spannends, zoals een trapje beklimmen, blijf dan dichtbij en benoem de moeite: “Jij blijft het maar proberen, zeg!” Kinderen die weten dat er iemand is om op terug te vallen, durven meer en kunnen beter tegen een tegenvaller. Je ziet het werken als je kind na een mislukte poging niet afhaakt, maar naar je kijkt en het opnieuw doet.

take-small-fears-seriously =
    .title = Neem een kleine angst serieus
    .body = Schrikt je kind vandaag van de stofzuiger, de föhn of een blaffende hond? Zeg liever “Dat was een hard geluid, hè, daar schrok je van” dan “Er is niks aan de hand.” Als een angst erkend wordt, hoeft je kind niet harder te huilen om gehoord te worden. Je merkt het als je kind zich sneller laat troosten en na een tijdje weer nieuwsgierig gaat kijken.

lend-your-calm =
    .title = Leen je kind jouw rust
    .body = Loopt je kind vandaag helemaal vast, ga dan eerst zelf door je knieën, adem langzaam uit en praat zachter dan normaal. Het deel van de hersenen dat grote gevoelens afremt, is bij een peuter nog volop in aanbouw, dus leent je kind jouw kalmte. Je merkt het als de ademhaling van je kind langzamer wordt en het lijfje tegen je aan zakt.

stop-the-hit-not-the-feeling =
    .title = Stop de klap, niet het gevoel
    .body = Slaat of bijt je kind vandaag uit frustratie, houd dan rustig de hand tegen en zeg: “Ik laat je niet slaan. Je bent boos omdat je schep werd afgepakt.” Een grens en begrip gaan prima samen, want achter lastig gedrag zit bijna altijd een gevoel dat gezien wil worden. Je ziet het werken als je kind na het stoppen naar jou toe komt in plaats van door te vechten.

narrate-what-you-do-together =
    .title = Vertel wat jullie samen doen
    .body = Praat vandaag tijdens een klusje mee als een rustige verslaggever: “Ik snijd de appel. Jij houdt de schaal vast. Nu gaat de schil in de bak.” Zo hoort je kind veel woorden precies op het moment dat het ziet wat ze betekenen, en voelt het zich erbij betrokken. Je merkt het als je kind een woord probeert na te zeggen of naar het ding wijst dat jij noemt.

knee-ride-with-a-drop =
    .title = Een knieliedje met een spannende val
    .body = Zing vandaag een paardjesliedje met je kind op je knieën, met een ‘val’ tussen je benen aan het eind. Wacht vlak voor de val even. Het spannende moment met een vertrouwde afloop laat je kind voelen dat jij het altijd opvangt. Je merkt het als je kind al begint te gieren vóór de val en met een gebaar of geluid om nog een keer vraagt.

mirror-faces =
    .title = Gezichten trekken voor de spiegel
    .body = Ga samen voor de spiegel zitten en trek om beurten gezichten: verbaasd, blij, boos, verdrietig. Zeg erbij wat je doet: “Kijk, nu ben ik boos! En nu weer blij.” Zo oefent je kind spelenderwijs hoe gevoelens eruitzien, bij zichzelf en bij jou. Je ziet het werken als je kind je nadoet, zelf een gek gezicht trekt en lachend naar je kijkt.

rough-and-tumble-stop =
    .title = Stoeien, en stoppen bij ‘stop’
    .body = Stoei of kriebel vandaag even op bed of op de bank, en stop meteen als je kind “stop” zegt, je wegduwt of zich wegdraait. Wacht dan tot het zelf weer wil. Samen lachen en aanraken versterkt de band, en je kind leert dat het over het eigen lijf mag beslissen. Je merkt het als je kind weer naar je toe kruipt om verder te gaan.

morning-cuddle =
    .title = Een knuffelmoment bij het opstaan
    .body = Begin de dag met een paar minuten knuffelen voordat jullie opstaan: samen onder een deken, of je kind even tegen je aan op de bank. Rustige aanraking zet in het lijf oxytocine vrij, een stofje dat jullie band versterkt. Je merkt het als je kind zich ontspant, zich tegen je aan nestelt of er morgen zelf om komt vragen.

ten-minutes-following =
    .title = Tien minuten volgen in het spel
    .body = Speel vandaag tien minuten waarin je kind de leiding heeft. Doe na wat het doet, zeg wat je ziet en laat ‘goed spelen’ of iets aanleren even los. Volgen in plaats van sturen laat je kind merken dat wat het zelf interessant vindt, ertoe doet. Je ziet het werken als je kind vaker naar je kijkt, je iets aanreikt of langer volhoudt dan anders.

answer-every-look =
    .title = Reageer op elk ‘kijk!’
    .body = Let vandaag op de kleine uitnodigingen van je kind: een wijzend vingertje, een “kijk!”, een steentje dat je in je hand krijgt. Reageer, al is het maar kort: “Wauw, een steentje! Voor mij?” Zulke kleine antwoorden vertellen je kind dat contact zoeken de moeite loont. Je merkt het als je kind je vaker iets komt laten zien, met een blik die op je reactie wacht.

strangers-from-your-lap =
    .title = Laat bezoek eerst van veilige afstand komen
    .body = Komt er vandaag iemand op bezoek die je kind nog niet goed kent, geef je kind dan niet meteen door. Laat het eerst vanaf jouw schoot kijken en zelf bepalen wanneer het dichterbij wil. Onbekenden spannend vinden hoort bij deze leeftijd en laat zien dat je kind weet bij wie het veilig is. Je ziet het werken als je kind na een poosje lacht of iets aanreikt.

say-when-you-leave-the-room =
    .title = Zeg het als je even de kamer uitgaat
    .body = Ga je vandaag even naar de keuken of de wc, zeg dan kort: “Ik ga even naar de keuken, ik kom zo terug.” En kom dan ook echt terug, met een vrolijk “Daar ben ik weer!” Kleine afscheidjes die goed aflopen, leren je kind dat jij terugkomt als je weggaat. Je merkt het als je kind minder in paniek raakt wanneer je even uit beeld bent.

quiet-hour-after-a-busy-day =
    .title = Een rustig uur na een drukke dag
    .body = Was het vandaag druk, met een verjaardag, boodschappen of veel nieuwe mensen? Plan dan een rustig uur: lampen wat zachter, geen tv, samen iets eenvoudigs zoals blokken stapelen of badderen. Te veel indrukken kunnen een klein kind overspoelen, ook als het er zelf van genoot. Je merkt het als het jengelen afneemt en je kind rustig gaat spelen of makkelijker inslaapt.

show-me-again =
    .title = “Ik snap het nog niet, laat nog eens zien”
    .body = Raakt je kind vandaag gefrustreerd omdat jij niet begrijpt wat het wil? Zeg eerlijk: “Ik snap het nog niet. Wil je het me laten zien?” en ga mee. Elkaar even mislopen is heel gewoon, en samen opnieuw zoeken naar wat er bedoeld werd, maakt de band juist sterker. Je merkt het als je kind je hand pakt, je meetrekt en opgelucht is als het lukt.

reconnect-after-no =
    .title = Na een ‘nee’ weer verbinden
    .body = Zei je vandaag ‘nee’ en was je kind diep verdrietig? Blijf bij je nee, maar zoek een paar minuten later weer contact: een arm om je kind heen en “Dat vond je stom, hè. Ik ben er nog.” Een grens en een warme band gaan prima samen, zolang er daarna weer verbinding komt. Je merkt het als je kind zich laat knuffelen en de onenigheid sneller vergeten is dan je dacht.

walk-at-toddler-pace =
    .title = Wandel op peutertempo
    .body = Maak vandaag een kort ommetje waarbij je kind het tempo bepaalt. Stop bij elk steentje, elke slak en elk putdeksel, en kijk echt mee: “Wat heb je gevonden?” Als jij vertraagt naar het tempo van je kind, voelt het zich gezien in wat het boeiend vindt. Je merkt het als je kind je aan je hand meetrekt naar de volgende ontdekking.

echo-and-add-a-word =
    .title = Herhaal het woordje en maak het groter
    .body = Zegt je kind vandaag een woordje of een klank, zoals “auto” of “bah”, herhaal het dan vrolijk en maak er iets meer van: “Ja, een auto! Een blauwe auto.” Zo hoort je kind dat je luistert, en krijgt het net een stapje meer taal terug. Je merkt het als je kind vaker woordjes op je uitprobeert en je daarbij verwachtingsvol aankijkt.

a-piece-of-home =
    .title = Geef een stukje thuis mee
    .body = Laat je kind vandaag een vertrouwde knuffel, een doekje of een foto van thuis meenemen naar de opvang of de oppas. Iets dat naar thuis ruikt, slaat een brug tussen jou en de andere plek. Spreek met de verzorger af dat het altijd binnen handbereik mag liggen. Je merkt het als je kind er bij het afscheid of voor het slapen naar grijpt en daarna sneller rustig wordt.

talk-about-other-carers =
    .title = Praat thuis over de andere verzorgers
    .body = Noem vandaag thuis de naam van de pedagogisch medewerker, de oppas of een grootouder, en bekijk eventueel samen een foto: “Morgen ga je weer naar Sanne.” Zo horen de mensen bij wie je kind zich ook veilig voelt, bij één vertrouwde wereld. Je merkt het als je kind opveert bij het horen van de naam, naar de foto wijst of de naam zelf probeert te zeggen.

say-exactly-what-you-liked =
    .title = Zeg precies wat je goed vond
    .body = Geef je kind vandaag een paar keer een compliment dat precies zegt wat je zag: “Jij hebt zelf je schoen gepakt!” of “Wat aaide je de kat zacht.” Een concreet compliment laat merken dat je echt keek, meer dan een snel ‘goed zo’. Je ziet het werken als je kind straalt, het nog eens doet of trots naar je toe komt om het te laten zien.

comfort-does-not-spoil =
    .title = Troosten verwent niet
    .body = Hoor je weleens dat troosten verwent? Dan mag je dat rustig naast je neerleggen. Huilt je kind vandaag om iets kleins, ga er dan toch even naartoe voor een knuffel of een troostend woord. Kinderen die op troost kunnen rekenen, worden daar juist zelfstandiger van. Je merkt het als je kind na de troost vanzelf weer van je af wil en verder gaat met spelen.

night-call-short-visit =
    .title = ’s Nachts even laten weten: ik ben er
    .body = Roept of huilt je kind vannacht, ga dan kijken, ook als het maar kort is: een hand op de rug, een zacht “Ik ben hier, je mag weer slapen.” Weten dat er iemand komt, maakt het voor je kind makkelijker om zich aan de nacht over te geven. Je merkt het als je kind na zo’n kort bezoekje sneller wegzakt, of minder vaak helemaal overstuur raakt.

tell-them-how-you-feel =
    .title = Vertel je kind hoe jij je voelt
    .body = Ben je vandaag moe, gehaast of chagrijnig, zeg het dan in simpele woorden: “Ik ben een beetje moe, daarom praat ik zachtjes. Het komt niet door jou.” Je kind pikt je stemming toch wel op, en met een naam erbij wordt jouw gedrag begrijpelijk in plaats van verwarrend. Je merkt het als je kind rustig blijft, of misschien zelf een knuffel komt brengen.

see-what-they-dare =
    .title = Kijk eens wat je kind al durft
    .body = Let vandaag op wat je kind allemaal al durft: een nieuw klimrek, een ander kind aankijken, even zonder jou in een andere kamer spelen. Dat durven groeit op het vertrouwen dat jullie elke dag samen opbouwen. Zeg het ook hardop: “Jij durft al veel, hè!” Je ziet het aan de trotse blik die je terugkrijgt, en misschien aan een volgende kleine stap.

retell-the-day =
    .title = Vertel de dag na bij het slapengaan
    .body = Vertel vanavond bij het instoppen in een paar zinnen hoe de dag ging: “We gingen naar de speeltuin. Je viel van het trapje en huilde. Toen kreeg je een knuffel en ging je weer glijden.” Een verhaal met een goede afloop helpt je kind de dag en de gevoelens erin te ordenen. Je merkt het als je kind stil luistert, knikt of zelf een stukje aanvult.

comfort-the-teddy =
    .title = Troost samen de knuffel
    .body = Pak vandaag een knuffel of pop en laat die ‘vallen’ of ‘verdrietig’ zijn. Vraag je kind: “Oei, beer huilt. Wat heeft beer nodig?” In het spel oefent je kind met troosten zoals het zelf getroost wordt. Je ziet het werken als je kind de beer gaat aaien, wiegen of een kusje geeft, en misschien jouw troostwoorden gebruikt.

good-enough-really-is =
    .title = Goed genoeg is écht genoeg
    .body = Noem vanavond voor jezelf één moment van vandaag dat goed genoeg ging: een voeding, een knuffel, een blik. Niet het mooiste moment, gewoon een gewoon moment. Je kind heeft geen perfecte ouder nodig, wel iemand die vaak genoeg beschikbaar is en na een misser terugkomt. Je merkt het als je met iets meer rust naar morgen kijkt.

missed-it-come-back =
    .title = Iets gemist? Kom gewoon terug
    .body = Miste je vandaag een signaal, omdat je onder de douche stond, aan het koken was of het gewoon niet zag? Ga dan naar je kind toe, zoek oogcontact en zeg zacht: “Hier ben ik.” Elkaar mislopen gebeurt in elke relatie vaak; juist het terugkomen bouwt vertrouwen op. Je ziet het werken als je kind je aankijkt en het lijfje ontspant.

one-moment-without-the-phone =
    .title = Eén moment zonder telefoon
    .body = Kies vandaag één vast moment, zoals de voeding, het badje of het eten aan tafel, en leg je telefoon zolang in een andere kamer. Je kind voelt het verschil tussen iemand die in de buurt is en iemand die er écht is. Je merkt het aan meer oogcontact, een glimlach die je anders gemist had, of een gesprekje van geluidjes en woordjes.

four-s-as-a-compass =
    .title = De vier S’en als kompas
    .body = Denk bij een lastig moment vandaag aan de vier S’en van Siegel: Safe (veilig), Seen (gezien), Soothed (getroost), en samen maken die je kind Secure (geborgen). Vraag jezelf één ding: welke van de eerste drie kan ik nu geven? Zo’n vraag helpt je door de chaos heen naar een volgende stap. Je merkt het als je minder twijfelt en je kind sneller bij je tot rust komt.

safe-comes-first =
    .title = Eerst veilig, dan de rest
    .body = Is je kind vandaag overstuur, zorg dan eerst dat het zich veilig voelt: oppakken of dichtbij komen, weg van lawaai, je stem laag en rustig. Uitleg, oplossen en opruimen komen daarna, want zonder dat gevoel van veiligheid, de eerste van Siegels vier S’en, kan een kind nauwelijks iets anders opnemen. Je merkt het als het huilen verandert van paniek naar zachter snikken.

your-own-soothing-signature =
    .title = Vind jouw vaste troostgebaar
    .body = Kies een manier van troosten die bij jou past en gebruik die vandaag elke keer: hetzelfde wiegen, hetzelfde zachte neuriën, dezelfde woorden. Getroost worden, ‘Soothed’ in Siegels vier S’en, gaat sneller als het gebaar vertrouwd is, omdat het lijf van je kind het na een tijd herkent. Je merkt het als je kind al iets kalmer wordt zodra het jouw neuriën hoort.

look-behind-the-behaviour =
    .title = Kijk achter het gedrag
    .body = Huilt, jengelt of mokt je kind vandaag zonder duidelijke reden? Vraag je dan even af wat eronder zou kunnen zitten: moe, honger, te veel gedoe, of gewoon jou missen. Je hoeft het niet meteen goed te raden, want een kind dat merkt dat iemand echt probeert te snappen wat er is, voelt zich gezien. Je ziet het aan een beetje ontspanning zodra je de goede kant op zit.

light-up-when-you-meet =
    .title = Straal als je je kind weer ziet
    .body = Laat vandaag bij elk weerzien, na een slaapje of als je thuiskomt, echt op je gezicht zien dat je blij bent: ogen die oplichten, een warm “Hé, daar ben jij!” Zo voelt je kind zonder woorden dat het welkom is, precies zoals het is. Je merkt het aan een glimlach terug, trappelende beentjes, of armen die naar je uitgaan.

cross-one-thing-off =
    .title = Streep vandaag één ding door
    .body = Kijk naar je lijstje voor vandaag en streep er één ding af, of vraag iemand er één over te nemen: een pan soep, een boodschap, een uurtje oppassen. Stress en vermoeidheid maken het voor iedereen lastiger om rustig en afgestemd te reageren, dus jezelf ontlasten is ook zorgen voor je kind. Je merkt het als je aan het eind van de dag net wat meer geduld over hebt.

worries-shared =
    .title = Zorgen hoef je niet alleen te dragen
    .body = Liggen er zorgen op je schouders, over geld, werk, je relatie of je gezondheid? Noem het bij je volgende bezoek aan het consultatiebureau of bij je huisarts; daar kunnen ze met je meedenken over hulp. Aanhoudende zorgen maken het zwaar om er ook nog voor je kind te zijn, dus daar iets aan doen hoort bij goed zorgen. Je merkt het als het lichter voelt omdat iemand meekijkt.

half-an-hour-for-you =
    .title = Een halfuurtje voor jezelf
    .body = Vraag vandaag iemand die je vertrouwt om een halfuurtje voor je kind te zorgen: je partner als je die hebt, een grootouder, iemand uit de buurt of een vriend. Ga liggen, maak een wandeling of drink in stilte een kop thee. Een uitgeruste volwassene kan makkelijker geduld en warmte opbrengen. Je merkt het als je daarna met frissere ogen naar je kind kijkt.

three-slow-breaths =
    .title = Drie keer rustig uitademen
    .body = Huilt je kind vandaag en voel je spanning opkomen, adem dan eerst drie keer langzaam uit voordat je reageert; dat kost maar een paar seconden. Een jong stresssysteem stemt zich af op dat van de volwassene ernaast, en steeds weer samen tot rust komen helpt je kind later zelf te leren kalmeren. Je merkt het als je kind in je armen sneller tot rust komt.

every-comfort-builds-the-brain =
    .title = Elke troost bouwt mee aan het brein
    .body = Troost je kind vandaag zoals je altijd doet, maar sta er één keer bewust bij stil. Bij schrik maakt het lijf het stresshormoon cortisol aan, en jouw nabijheid laat dat weer zakken; door dat vaak samen te doen, groeien de hersendelen die later helpen met gevoelens en met anderen. Je ziet het werken als je kind na de troost weer rustig om zich heen kijkt.

in-doubt-ask-early =
    .title = Twijfel je? Vraag het op tijd
    .body = Heb je vaak het gevoel dat je je kind niet kunt ‘lezen’, of lijkt je kind erg angstig, heel waakzaam of juist stil en teruggetrokken? Bespreek het met het consultatiebureau (JGZ) of je huisarts, ook als je twijfelt. Vroeg hulp vragen is een teken van zorg, en er is veel dat kan helpen. Je merkt het als je na het gesprek weet wat je kunt doen, of wat je mag loslaten.

low-or-numb-tell-someone =
    .title = Voel je weinig of ben je vaak somber?
    .body = Voel je al een tijd weinig voor je kind, ben je vaak somber, prikkelbaar of angstig, of slaap je slecht ook als je kind slaapt? Vertel het vandaag aan iemand die je vertrouwt en maak een afspraak bij je huisarts of het consultatiebureau. Het is zelden iemands schuld, en met de juiste hulp wordt het vaak lichter. Je merkt het als het eerste gesprek al wat ruimte geeft.

answer-a-look-with-a-smile =
    .title = Beantwoord een blik met een lach
    .body = Let vandaag op de momenten dat je kind naar je kijkt, een arm uitsteekt of een geluidje naar je maakt. Antwoord met een lach, een knikje of een woord, ook vanaf de andere kant van de kamer. Zo merkt je kind dat contact zoeken iets oplevert. Je ziet het werken als je kind vaker jouw blik zoekt en die ook langer vasthoudt.

more-or-enough-for-now =
    .title = Lees ‘meer!’ en ‘even genoeg’
    .body = Kijk tijdens het spelen of verzorgen vandaag naar de signalen van je kind. Wegkijken, gapen, wegdraaien of juist druk worden betekent vaak ‘even genoeg’; je aankijken, lachen en naar je toe bewegen betekent ‘meer!’. Meebewegen met die signalen laat je kind voelen dat het invloed heeft op wat er gebeurt. Je merkt het als het samenzijn langer fijn blijft.

same-words-same-moments =
    .title = Dezelfde woorden bij vaste momenten
    .body = Kies voor drie terugkerende momenten een vast zinnetje en gebruik dat vandaag elke keer: “Tijd voor een schone luier”, “We gaan eten”, “Slaap lekker, tot straks.” Herkenbare woorden maken de dag voorspelbaar, en wat voorspelbaar is, voelt veilig. Je merkt het als je kind na een tijdje al op het zinnetje reageert, bijvoorbeeld door stil te liggen of naar de tafel te kijken.

one-anchor-on-a-messy-day =
    .title = Op een rommelige dag: houd één anker
    .body = Loopt vandaag alles door elkaar, door werk, ziekte, bezoek of gewoon chaos? Houd dan één vast anker overeind, zoals het liedje bij het slapen of de knuffel na het eten. Schommelingen in de dag en in jouw humeur kan een kind beter hebben als er iets hetzelfde blijft. Je merkt het als je kind bij dat vaste moment zichtbaar tot rust komt.

five-minutes-of-just-being =
    .title = Vijf minuten er gewoon zijn
    .body = Ga vandaag vijf minuten naast je kind zitten of liggen zonder iets te willen: niet opruimen, niet sturen, geen scherm. Kijk alleen wat je kind doet. Er zijn zonder agenda is vaak meer waard dan het zoveelste speeltje, omdat je kind dan jouw volle aandacht voelt. Je merkt het als je kind je opzoekt met een blik, een geluidje of een hand, en jij zelf ook wat tot rust komt.

a-bad-day-breaks-nothing =
    .title = Een slechte dag maakt niets kapot
    .body = Was het vandaag een dag vol gehuil, haast en weinig geduld, bij je kind en bij jou? Sluit hem dan af met één klein gebaar: een hand op de rug, een liedje, een zacht “Morgen weer.” Een band groeit over vele dagen, met gemiddeld genoeg aandacht, niet door één perfecte dag. Je merkt het als je wat milder naar vandaag kunt kijken.

your-child-knows-you =
    .title = Je kind kent jou, niet het plaatje
    .body = Merk je dat je jezelf vandaag vergelijkt met andere ouders, online, in de familie of op een verjaardag? Zet die vergelijking bewust even opzij, bijvoorbeeld door een app een dag niet te openen. Je kind heeft geen ideaalbeeld nodig, maar jou, met je eigen manier van doen. Je merkt het als je met meer plezier naar jullie eigen momenten samen kijkt.

count-your-comebacks =
    .title = Tel vandaag je herstelmomenten
    .body = Let vandaag eens niet op wat er misging, maar op de keren dat je terugkwam: je pakte je kind toch nog op, je zag een signaal alsnog, je maakte een boze blik weer goed. Zo’n herstel na een misser is niet het repareren van een fout, maar precies de manier waarop een veilige band groeit. Je merkt het als je aan het eind van de dag meer herstel ziet dan je dacht.

write-down-one-moment =
    .title = Schrijf één klein moment op
    .body = Schrijf vandaag één klein moment op waarin je kind steun bij jou vond: een troost, een spelletje, een blik van herkenning. Zulke gewone momenten stapelen zich op tot zelfvertrouwen, veerkracht en later het vermogen om vriendschappen te sluiten. Je merkt het als je bij het teruglezen ziet hoeveel je al geeft, ook op dagen die zwaar voelden.

what-you-do-matters =
    .title = Laat zien: wat jij doet, doet ertoe
    .body = Kies vandaag één signaal van je kind, zoals een bepaald geluidje, een huiltje of een uitgestoken hand, en reageer er elke keer op. Zo ontdekt je kind dat het zelf iets in beweging kan zetten, en dat is een vroege bouwsteen van zelfvertrouwen. Je merkt het als je kind dat signaal vaker en gerichter gebruikt, met een blik naar jou.

fill-your-own-tank =
    .title = Zorg ook voor je eigen tank
    .body = Drink vandaag een glas water en eet iets stevigs voordat je aan de volgende voeding, maaltijd of het badje begint. Het klinkt klein, maar met honger, dorst of een lege tank is geduld veel moeilijker op te brengen, dus voor jezelf zorgen is gewoon deel van de zorg voor je kind. Je merkt het als je het volgende huilmoment net wat rustiger tegemoet gaat.

who-to-call-when-its-too-much =
    .title = Wie bel je als het te veel wordt?
    .body = Bedenk vandaag wie je kunt bellen of appen als het even te veel wordt, en laat die persoon dat ook weten: “Mag ik je bellen als ik vastloop?” Hulp vragen is een kracht, en een kind heeft baat bij volwassenen die niet alles alleen hoeven te dragen. Je merkt het als je op een zwaar moment sneller aan die persoon denkt en de drempel lager voelt.

too-much-put-them-down-safely =
    .title = Te veel? Leg je kind veilig neer
    .body = Loopt de spanning door het huilen zo hoog op dat je boos of wanhopig wordt? Leg je kind dan veilig neer in bed of box, loop even weg en adem een paar minuten rustig buiten de kamer. Even afstand nemen is verantwoord en beschermt jullie allebei. Kom terug als je wat gezakt bent, en bel iemand als het niet lukt. Je merkt het als je weer rustig kunt oppakken.
