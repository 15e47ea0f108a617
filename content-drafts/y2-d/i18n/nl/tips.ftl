moving-up-to-a-new-group =
    .title = Naar een nieuwe groep op de opvang
    .body = Gaat je dreumes op de opvang over naar de groep van de oudere kinderen? Vraag welke vertrouwde dingen mee kunnen verhuizen: de eigen slaapzak, het eigen bakje, het liedje voor het eten. En of je kind de eerste weken nog even bij de oude groep mag zwaaien. Zo blijft er tussen al het nieuwe iets hetzelfde. Een paar weken meer tranen bij het brengen horen vaak bij zo’n overstap.

after-separation-keep-both-grandparents =
    .title = Na een scheiding: houd beide opa’s en oma’s in beeld
    .body = Uit elkaar, en zag je kind opa en oma van de andere kant vaak? Die band telt ook: een kind hecht zich aan wie het vaak ziet, niet aan één kant van de familie. Spreek met de andere ouder af wanneer die grootouders je kind blijven zien, bijvoorbeeld op een vaste middag. Wat er tussen de volwassenen ook speelde: je kind hoeft niemand kwijt te raken.

evening-out-sitter-joins-bedtime =
    .title = Avondje weg? Laat de oppas meedoen met bedtijd
    .body = Ga je vanavond weg en komt er een oppas? Laat die komen voordat je kind slaapt, en doe het slaapritueel samen: jij de pyjama, de oppas het boekje, jij het liedje. Zeg dan: ‘Ik ga weg, Sanne blijft hier. Morgenochtend ben ik er weer.’ Wordt je kind ’s nachts wakker, dan ziet het een gezicht dat bij het slapengaan hoorde. Niet stiekem weggaan, ook al huilt je kind even.

settling-in-still-hard-after-weeks =
    .title = Na weken wennen nog elke dag ontroostbaar?
    .body = Gaat je kind al een week of zes naar de opvang of de gastouder, en huilt het er nog steeds het grootste deel van de dag, moeilijk te troosten? Vraag een gesprek met de vaste pedagogisch medewerker of de gastouder: wat zien zij, wie troost je kind, wat helpt? Soms helpen kortere dagen of steeds dezelfde gezichten. Blijf je twijfelen? Bespreek het met het consultatiebureau.

grandparent-stops-babysitting-keep-the-visits =
    .title = Past oma niet meer op? De band kan blijven
    .body = Past opa of oma niet meer elke week op, door ziekte, een verhuizing of omdat het te zwaar werd? Dan valt er voor je dreumes iemand uit de week. Zeg het eenvoudig: ‘Je gaat niet meer naar oma als ik werk. Zondag gaan we naar haar toe.’ Maak van dat bezoek een gewoonte, met iets wat ze altijd samen deden, zoals eendjes voeren. Zo krijgt de band een andere vorm, en blijft hij.

serious-illness-at-home-one-steady-carer =
    .title = Ernstig ziek in het gezin? Eén vaste extra verzorger
    .body = Is een ouder in jullie gezin ernstig ziek? Regel voor je dreumes zo veel mogelijk één vaste extra verzorger die het goed kent. Zeg in een paar eerlijke woorden wat er is: ‘Papa is ziek. De dokters helpen hem. Vandaag brengt oma je naar bed.’ Je kind hoeft het niet te begrijpen, wel te voelen dat er steeds iemand vertrouwds is. En zoek ook steun voor jezelf, bij je huisarts.

just-separated-say-it-simply =
    .title = Net uit elkaar? Zeg het eenvoudig, steeds hetzelfde
    .body = Net uit elkaar, en zoekt je kind in huis naar de ouder die er niet meer woont? Zeg het eenvoudig en elke keer hetzelfde: ‘Papa woont nu in een ander huis. Zaterdag ga je naar hem toe.’ Houd de rest van de dag zo gewoon mogelijk: dezelfde maaltijden, hetzelfde slaapliedje. Je kind begrijpt niet alles, maar voelt wel dat de grote mensen het overzicht houden.

holiday-kids-club =
    .title = Een kinderclub op vakantie?
    .body = Heeft je vakantieadres een kinderclub of een miniclub met oppas? Voor een dreumes zijn onbekende verzorgers op een onbekende plek veel tegelijk. Blijf er de eerste keer bij, of sla het gewoon over: uitrusten kan ook terwijl je kind naast je in het zand speelt. Wil je toch een uurtje voor jezelf? Dan liever bij iemand die je kind al kent, zoals een opa of tante die mee is op reis.

sitter-at-home-while-you-work-from-home =
    .title = Oppas in huis terwijl jij thuiswerkt
    .body = Past er een oppas of grootouder op je kind terwijl jij thuis werkt? Neem echt afscheid, zoals je bij de opvang zou doen, en ga dan ‘naar je werk’: een kamer met de deur dicht, of even het huis uit. Steeds even binnenlopen voelt lief, maar maakt van elk bezoekje een nieuw afscheid. Wil je tussendoor toch knuffelen? Spreek een vast moment af, bijvoorbeeld de lunch.

calls-the-carer-mama =
    .title = Noemt je kind de gastouder ‘mama’?
    .body = Zegt je kind ‘mama’ of ‘papa’ tegen de gastouder, de pedagogisch medewerker of oma? Dat kan even steken. Vaak betekent het gewoon ‘iemand die voor mij zorgt’, zeker nu je kind nog weinig woorden heeft. Reageer luchtig en geef de naam erbij: ‘Ja, dat is Fatima.’ Dat je kind zich daar zo thuis voelt, is goed nieuws. De woorden vallen vanzelf op hun plek als er meer namen bijkomen.

give-childcare-your-words-for-a-big-change =
    .title = Grote verandering thuis? Geef de opvang jouw woorden
    .body = Is er thuis iets groots aan de hand, zoals een verhuizing, een scheiding of een ziek familielid? Vertel het kort aan de opvang of de gastouder, en geef het zinnetje mee dat jij thuis gebruikt: ‘Opa is ziek, hij ligt in het ziekenhuis.’ Roept je kind daar om iemand of is het van slag, dan hoort het dezelfde woorden als thuis. Eén verhaal op twee plekken geeft houvast.

carer-invites-at-drop-off =
    .title = Bij het brengen komt de medewerker je kind halen
    .body = Hangt je dreumes bij het brengen aan je been? Vraag de pedagogisch medewerker om naar jullie toe te komen en je kind uit te nodigen voor iets dat het leuk vindt: ‘Kom je mee de vissen voeren?’ Geef dan je afscheidsknuffel en ga. Zo gaat je kind niet zomaar bij jou weg, maar mee met iemand die het kwam halen. Lukt het vandaag niet? Dan tilt de medewerker je kind over, en dat is ook goed.

different-house-different-rules =
    .title = Bij oma mag het anders
    .body = Mag je kind bij opa en oma op de bank springen of een koekje extra, en thuis niet? Maak er geen strijd van, maar zeg het gewoon hardop: ‘Bij oma mag dat. Thuis doen we het zo.’ Kinderen kunnen prima leven met verschillende plekken en verschillende gewoontes, zolang het in elk huis voorspelbaar is. Wat over veiligheid gaat, spreek je wel samen af, liefst niet waar je kind bij is.

drop-off-easier-with-someone-else =
    .title = Afscheid makkelijker als een ander brengt?
    .body = Huilt je kind elke ochtend als jij het naar de opvang brengt, maar zwaait het vrolijk als de andere ouder of opa brengt? Dat zegt niets over hoeveel je kind van jou houdt. Soms is afscheid nemen van de een gewoon zwaarder. Laat een tijdje vaker de ander brengen als dat kan, en neem jij het halen. Zo begint de dag lichter, en is het weerzien van jou.

staying-with-family-you-do-bedtime =
    .title = Logeren bij familie: jij brengt je kind naar bed
    .body = Logeren jullie een paar weken bij familie, in een huis vol ooms, tantes en neven die allemaal willen helpen? Laat ze overdag volop meedoen, maar houd het naar bed brengen bij jou of de andere ouder, met jullie eigen liedje. In een vreemd huis zoekt een dreumes juist bij het slapengaan zijn vaste mensen. Wordt het laat en druk? Een kort ritueel is genoeg, als jij het doet.

the-other-parent-does-not-come =
    .title = De andere ouder komt niet zoals afgesproken
    .body = Zou je kind vandaag naar de andere ouder gaan, en komt die niet, of veel later? Zeg het eerlijk en zonder oordeel: ‘Mama kan vandaag niet komen. Jammer, hè. Jij blijft bij mij.’ Troost als er verdriet komt, en doe daarna samen iets gewoons, zoals naar buiten gaan. Je eigen boosheid is begrijpelijk; bespreek die later, niet waar je kind bij is. Zo draagt je kind geen ruzie die niet van hem is.

handover-between-homes-keep-it-calm =
    .title = Wisselen tussen twee huizen: houd de deur rustig
    .body = Is de overdracht aan de andere ouder vaak gespannen? Praat over geld, afspraken en ruzies op een ander moment, niet bij de deur waar je kind bij is. Houd het afscheid kort en vriendelijk: ‘Veel plezier bij mama, tot zondag.’ Soms helpt wisselen via de opvang: de een brengt, de ander haalt. Je kind hoeft dan niet te kiezen tussen twee mensen van wie het houdt.

grieving-let-others-do-the-play =
    .title = Verdriet, en een dreumes die wil spelen
    .body = Ben je iemand verloren, een ouder, een vriend, een zwangerschap, en wil je dreumes gewoon ravotten? Je hoeft niet vrolijk te doen. Vraag een ander de wilde spelletjes en uitjes over te nemen, en houd jij de rustige dingen: voorlezen, samen op de bank, het slaapliedje. Zo blijf je dichtbij met wat je wel kunt geven. Na weken nog zwaarder dan je kunt dragen? Praat erover met je huisarts.

a-small-job-in-the-family-feast =
    .title = Een eigen taakje in het familiefeest
    .body = Hoort er bij jullie feest een vast ritueel, zoals koekjes rondbrengen met het Suikerfeest of de schoen zetten voor Sinterklaas? Geef je dreumes er een klein, veilig taakje in: het schaaltje dragen terwijl jij uitdeelt, de wortel in de schoen leggen. Zeg erbij: ‘Dit doen wij elk jaar.’ Zo voelt je kind dat het bij jullie familie hoort. Liever kijken vanaf je arm? Ook dat is meedoen.

waking-the-night-worker-together =
    .title = Nachtdienst? Maak het wekken een ritueel
    .body = Slaapt een ouder overdag na een nachtdienst, en hoort je dreumes steeds ‘ssst’? Maak er een vast moment van: om drie uur mag je kind de slaper samen met jou wakker maken, met een klopje op de deur en een liedje. Tot die tijd blijft de slaapkamer dicht, met een tekening op de deur. Zo wordt het wachten overzichtelijk, en begint de middag met een vrolijk weerzien.

new-baby-keep-the-toddlers-week-the-same =
    .title = Baby geboren? Houd de week van je dreumes gewoon
    .body = Is er net een baby geboren? Laat je dreumes zoveel mogelijk zijn gewone week houden: de vaste opvangdagen, oma op woensdag, hetzelfde slaapritueel. Heb je extra hulp nodig om bij te komen? Liever iemand die je kind goed kent, bij jullie thuis, dan ineens nieuwe plekken. Zo merkt je dreumes dat zijn eigen wereld blijft staan, terwijl er thuis iemand bij komt.

visiting-a-seriously-ill-relative =
    .title = Op bezoek bij een ernstig ziek familielid
    .body = Ga je met je kind op bezoek bij een opa, oma of ander familielid die erg ziek is, thuis, in het ziekenhuis of het verpleeghuis? Vertel vooraf in een paar woorden wat je kind gaat zien: ‘Opa ligt in bed, hij is heel moe.’ Houd het kort, neem iets mee om te geven, zoals een tekening, en houd je kind op schoot of aan de hand. Wil je kind weg? Dan was het genoeg, en toch de moeite waard.

a-morning-in-the-childcare-group =
    .title = Een uurtje meekijken in de groep
    .body = Vraag of je een keer een uur mag meekijken op de opvang of bij de gastouder, of ga naar een ouderochtend. Kijk vooral: met wie speelt je kind, op wiens schoot kruipt het, welke liedjes horen bij het fruit? Thuis kun je er dan over praten met echte beelden in je hoofd: ‘Bij Anouk op schoot, hè?’ Huilt je kind als je daarna weggaat? Afscheid voelt daar even anders, en dat is oké.

off-to-childcare-while-the-baby-stays-home =
    .title = Jij naar de opvang, de baby blijft thuis
    .body = Gaat je dreumes sinds de geboorte gewoon naar de opvang, terwijl de baby thuis bij jou blijft? Sommige kinderen voelen zich dan wat weggestuurd. Vertel eerlijk hoe jullie dag is: ‘De baby drinkt en slaapt, en ik doe de was. Na jouw slaapje kom ik je halen.’ Saai, en meestal klopt dat ook. Maak van het halen een moment voor jullie twee, zonder de baby als het kan.

a-moving-box-of-their-own =
    .title = Een eigen verhuisdoos
    .body = Gaan jullie verhuizen? Geef je dreumes een eigen doos en pak die samen in: de lievelingsknuffel, een paar boekjes, de eigen beker. Laat je kind er een tekening op krassen. In het nieuwe huis is dit de eerste doos die opengaat, samen op de grond: ‘Kijk, je spullen zijn mee!’ Zo ziet je kind dat wat van hem is niet verdwijnt als alles in dozen gaat.

last-day-at-the-old-childcare =
    .title = De laatste dag op de oude opvang
    .body = Stopt je kind bij de opvang of de gastouder, door een verhuizing of een andere plek? Maak van de laatste dag een echt afscheid: iets lekkers om uit te delen, een foto met de vaste medewerker, zwaaien bij de deur. Neem die foto mee naar huis. Gewoon niet meer gaan voelt voor een kind alsof iemand zomaar verdwijnt. Een afscheid met een echt einde maakt ruimte voor het nieuwe begin.

tears-when-leaving-grandmas =
    .title = Tranen bij het weggaan bij oma
    .body = Huilt je kind als je het ophaalt bij opa en oma, en wil het niet mee? Dat kan even pijn doen, maar vooral betekent het dat het daar een fijne dag had. Geef het verdriet een naam: ‘Je wilt nog bij oma blijven.’ Laat oma meelopen naar de auto of de fiets en zwaaien tot de hoek. En vertel onderweg wanneer jullie er weer naartoe gaan.

first-meeting-with-the-new-baby-arms-free =
    .title = De eerste kennismaking: armen vrij
    .body = Komt je dreumes voor het eerst naar de nieuwe baby kijken, in het ziekenhuis of thuis? Zorg dat de baby in de wieg ligt of bij iemand anders, zodat jouw armen vrij zijn voor je oudste. Eerst knuffelen, dan samen kijken: ‘Kijk, dat is jouw broertje. Wat een kleine handjes, hè?’ Je dreumes merkt: mijn plek bij jou is er nog. Wil het nog niet kijken? Dat komt later wel.

when-the-pet-dies =
    .title = Als het huisdier doodgaat
    .body = Is de kat, het konijn of de cavia doodgegaan? Zeg het eerlijk en kort: ‘Poes is dood. Ze beweegt niet meer en komt niet meer terug.’ Zeg liever niet ‘ze slaapt’: dat kan slapen eng maken. Doe samen iets kleins om dag te zeggen: een bloem neerleggen, zwaaien bij het plekje in de tuin. Zoekt je kind de weken daarna nog naar het dier? Zeg het dan gewoon opnieuw, net zo rustig.

grandparent-under-the-same-roof =
    .title = Oma woont in huis, en je kind rent naar haar
    .body = Woont een grootouder bij jullie in huis, en rent je kind na jouw nee meteen naar oma? Spreek samen af dat oma het nee laat staan, maar wel mag troosten: ‘Papa zei nee. Kom maar even bij mij zitten.’ Zo hoeft je kind niet te kiezen tussen twee volwassenen, en krijgt het toch troost. Omgekeerd werkt het ook: zegt oma nee, dan troost jij. Bespreek dit als je kind er niet bij is.

ramadan-iftar-on-your-lap =
    .title = Ramadan: het begin van de iftar op schoot
    .body = Is het ramadan, en valt de iftar rond de bedtijd van je dreumes? Geef je kind eerder te eten en neem het bij het begin van de iftar even op schoot aan tafel, als iedereen samen het vasten breekt. Daarna volgt het gewone slaapritueel. Zo maakt je dreumes het bijzondere moment mee, zonder honger of late avond. Valt de iftar ver na bedtijd? Dan eerst een rondje welterusten langs de hele familie.

moving-day-with-a-familiar-person =
    .title = Verhuisdag: je kind bij iemand die het kent
    .body = Is het verhuisdag? Laat je dreumes die dag doorbrengen bij iemand die het goed kent, bij oma, een vriendin of op de vertrouwde opvang, weg van dozen en sjouwende mensen. Haal je kind pas op als het bedje in het nieuwe huis staat. Dan is de eerste indruk van het nieuwe huis een kamer met zijn eigen bed, en jij die er rustig bent. De chaos van die dag hoeft je kind niet te zien.

walks-in-without-looking-back =
    .title = Loopt je kind naar binnen zonder om te kijken?
    .body = Rent je dreumes de opvang of het huis van oma in zonder nog om te kijken, terwijl jij nog klaarstaat voor een knuffel? Dat kan een steek geven. Toch is het vaak een teken van vertrouwen: je kind weet dat jij terugkomt. Zeg toch even gedag, ook als het niet zwaait: ‘Dag lieverd, ik haal je na het slapen.’ Zo blijft je vertrek voorspelbaar, ook op de dagen dat je kind je wel nodig heeft.

a-drawer-of-their-own-at-grandmas =
    .title = Een eigen la bij opa en oma
    .body = Is je kind vaak bij opa en oma, of bij een andere vaste oppas thuis? Vraag of het daar een eigen la of mand mag hebben, met een paar spulletjes: een boekje, een beker, een trui, wat speelgoed. Laat je kind er elke keer zelf in kijken: ‘Kijk, je spullen liggen er nog.’ Zo heeft het ook in dat huis een plekje dat van hem is en op hem wacht. Dat maakt het daar een stukje thuis.

visitors-greet-the-big-one-first =
    .title = Kraambezoek? Eerst de grote begroeten
    .body = Komt er kraambezoek, of is de kraamverzorgende over de vloer? Vraag iedereen om bij binnenkomst eerst je dreumes gedag te zeggen, en pas daarna naar de baby te kijken. Een klein cadeautje voor de grote is leuk, maar aandacht telt meer: ‘Wat ben jij groot! Laat jij mij de baby zien?’ Zo is je dreumes niet het kind dat in de weg loopt, maar de gastheer van zijn broertje of zusje.

asks-to-go-back-to-the-old-house =
    .title = ‘Naar huis!’ Maar dan het oude huis
    .body = Net verhuisd, en vraagt je dreumes steeds om ‘naar huis’ te gaan, terwijl het het oude huis bedoelt? Lach het niet weg en leg niet te veel uit. Zeg wat je ziet: ‘Je mist ons oude huis. Daar woonden we. Nu wonen we hier.’ Kijk samen naar een foto van het oude huis, of fiets er eens langs. Heimwee mag er zijn. Met elke dag hier worden de nieuwe kamers een beetje meer thuis.

let-them-show-you-round-at-pick-up =
    .title = Bij het halen: laat je rondleiden
    .body = Wil je dreumes bij het halen nog niet weg? Neem af en toe twee minuten en laat je kind zijn plek aan je laten zien: ‘Waar speelde je vandaag? Laat maar zien.’ Kijk naar de blokkentoren, de zandbak, het bedje. Je kind is even de gids in zijn eigen wereld, en jij bent daar te gast. Samen naar huis gaan lukt daarna vaak makkelijker dan je kind wegtrekken bij het spel.

feast-day-tell-it-beforehand =
    .title = Een feestdag? Vertel vooraf hoe de dag gaat
    .body = Komt er een grote dag aan, zoals het Suikerfeest, Kerst, Divali of een familiebruiloft? Vertel je dreumes de dag ervoor in een paar zinnen hoe het gaat: ‘Morgen trekken we je mooie kleren aan. Dan gaan we naar oma. Daar zijn veel mensen, en ik blijf bij jou.’ Laat je kind de feestkleren alvast even passen. Wat je kind al een beetje kent, overvalt het op de dag zelf minder.

a-relative-who-smacks =
    .title = ‘Een tik heeft nog nooit kwaad gekund’
    .body = Geeft een familielid je kind een tik, of zegt iemand dat dat geen kwaad kan? Haal je kind bij je en troost het eerst. Zeg dan rustig en duidelijk: ‘Bij ons slaat niemand, ook niet zachtjes.’ Geef een alternatief: ‘Zeg nee en til hem weg.’ Een tik leert vooral angst, geen regels. Laat je kind niet alleen bij iemand die blijft slaan. Lastig, of gebeurt het vaker? Het consultatiebureau denkt mee.

share-bedtime-before-the-baby-comes =
    .title = Baby op komst? Wissel alvast het naar bed brengen
    .body = Brengt vooral één ouder je dreumes naar bed, en is die straks druk met de baby? Laat de andere ouder of een vertrouwde grootouder al een paar weken voor de uitgerekende datum af en toe het slaapritueel doen, precies zoals je kind het kent. Eerst samen, dan om de beurt. Zo raakt je dreumes rond de geboorte niet ineens zijn vaste bedtijdpersoon kwijt. Protest in het begin is heel gewoon.

empty-house-when-your-child-is-at-the-other-home =
    .title = Stil huis als je kind bij de andere ouder is
    .body = Is je kind een paar dagen bij de andere ouder, en voelt het huis ineens leeg? Dat gemis is normaal, ook als je van de rust geniet. Bel niet steeds om te horen hoe het gaat; een kort, vast welterustenmoment is voor je kind rustiger. Plan iets voor jezelf: slapen, sporten, een vriend zien. Zo mag je kind met een gerust hart bij de ander zijn, en weet het dat jij er weer bent als het terugkomt.

a-suitcase-in-the-hall =
    .title = Een koffer in de gang
    .body = Komt de koffer tevoorschijn voor een reis, een ziekenhuisopname of een weekend weg? Veel dreumesen snappen meteen dat er iemand vertrekt, en worden aanhankelijk. Zeg dus hardop wie er gaat en wie er blijft: ‘Deze koffer is van papa. Hij gaat drie nachtjes weg, jij blijft met mij thuis.’ Gaan jullie samen op reis? Laat je kind dan zelf iets in de koffer leggen.

may-i-hold-the-baby =
    .title = ‘Mag ik de baby vasthouden?’
    .body = Wil je dreumes de nieuwe baby ook eens vasthouden? Zet je kind op de grond of diep in de bank, met een kussen onder de arm, en leg de baby op schoot terwijl jouw handen hoofdje en lijfje blijven dragen. Zeg wat je ziet: ‘Ze kijkt naar je. Jij houdt je zusje vast.’ Houd het kort; stop als een van beiden onrustig wordt. Zo voelt je dreumes zich groot en serieus genomen.

a-goodbye-that-keeps-stretching =
    .title = Nog één kusje, en nog één…
    .body = Wordt het afscheid bij de opvang of de oppas steeds langer: nog één kusje, nog één knuffel, nog één keer zwaaien? Spreek een vast aantal af en tel hardop: ‘Twee kusjes en één knuffel. Eén, twee… knuffel. Dag!’ Ga dan echt. Een afscheid met een duidelijk einde is voor je kind makkelijker dan een afscheid dat steeds opnieuw begint. Toch tranen? Dan neemt de medewerker het over.

tell-where-you-were-today =
    .title = Vertel waar jij vandaag was
    .body = Vraag bij het weerzien na een werkdag niet alleen naar de dag van je kind, maar vertel ook kort over de jouwe: ‘Ik was op mijn werk. Ik zat aan een grote tafel, en bij de lunch dacht ik aan jou.’ Zo is jouw weggaan geen zwart gat, maar gewoon een plek waar je was. En je kind hoort dat het in je gedachten was. Misschien vraagt het morgen zelf: ‘Werk?’

big-sibling-starts-school =
    .title = Grote broer of zus gaat naar school
    .body = Gaat een oudere broer of zus voor het eerst naar de basisschool, en loopt je dreumes de hele ochtend rond met ‘Sem?’? Neem je dreumes mee naar het schoolhek bij het brengen en halen, en laat het zwaaien. Zeg wat je ziet: ‘Je mist Sem. Sem is op school; na het eten halen we hem.’ Laat de grote na school iets vertellen of laten zien. Zo hoort afscheid nemen van elkaar gewoon bij jullie dag.

a-worry-about-childcare-raise-it =
    .title = Een knagend gevoel over de opvang?
    .body = Zag je bij het halen iets dat je dwarszit, zoals een kind dat lang alleen lag te huilen, of een harde toon? Laat het niet sudderen. Vraag dezelfde week een gesprek met de mentor of de leidinggevende, en vertel wat je zag zonder meteen te oordelen: ‘Ik zag dit. Hoe zit dat?’ Vaak is er een verklaring, en anders wordt er iets aan gedaan. Jij bent daar de stem van je kind.

when-visiting-family-fly-home =
    .title = Als de logerende familie weer vertrekt
    .body = Logeerde er wekenlang familie van ver, en zijn ze nu weer naar huis? Je dreumes kan ze missen zonder het te kunnen zeggen: zoeken in de logeerkamer, hangerig zijn, onrustig slapen. Zeg wat je ziet: ‘Je zoekt oma. Oma zit in het vliegtuig naar haar huis.’ Laat een vest of een foto van oma nog even liggen. Een vast belmoment helpt jullie allebei door de eerste week.

toddler-wants-to-be-the-baby-again =
    .title = Wil je dreumes weer baby zijn?
    .body = Wil je dreumes sinds de geboorte ineens weer een fles, gedragen worden of in de kinderwagen, of praat het als een baby? Dat is heel gewoon. Speel het af en toe mee: ‘Kom maar, mijn grote baby’, een paar minuten wiegen, en dan weer groot. Je kind test je niet, het checkt of er nog plek is bij jou. Een kind dat zich daar zeker van voelt, wordt vanzelf weer groot.

a-few-nights-at-the-grandparents =
    .title = Een paar nachtjes logeren bij opa en oma
    .body = Logeert je dreumes een paar dagen bij opa en oma, omdat jullie weg moeten of even rust nodig hebben? Kun je kiezen, houd het dan kort: voor een kind van deze leeftijd zijn een of twee nachtjes al lang. Zeg het zo dat je kind het kan volgen: ‘Twee keer slapen bij oma, dan haal ik je.’ En kom zoals beloofd. Daarna extra aanhankelijk? Heel gewoon: je kind checkt of je echt terug bent.

calling-for-the-absent-parent-at-bedtime =
    .title = Bij het slapengaan roepen om wie er niet is
    .body = Roept je kind bij het naar bed gaan om de ouder die er niet is, omdat die in het andere huis woont, werkt of op reis is? Praat het niet weg. Zeg: ‘Je mist mama. Mama denkt ook aan jou. Morgen zie je haar.’ Geef samen een kusje aan haar foto, of zwaai naar de maan ‘waar mama ook naar kijkt’. Het gemis mag er zijn, en jij blijft erbij tot het zakt.

new-house-show-where-you-sleep =
    .title = Nieuw huis: laat zien waar jij slaapt
    .body = Net verhuisd? In het nieuwe huis weet je dreumes ’s nachts nog niet waar jij bent. Loop overdag een paar keer samen van zijn bed naar het jouwe, als spelletje: ‘Waar slaapt papa? Hier!’ Zeg bij het instoppen: ‘Ik slaap in de kamer hiernaast.’ Roept je kind ’s nachts, geef dan antwoord en kom. Wie weet waar zijn mensen slapen, vindt de nacht in een vreemd huis minder groot.

say-who-picks-up-today =
    .title = Zeg ’s ochtends wie je vandaag ophaalt
    .body = Haalt vandaag iemand anders je kind op dan normaal, zoals opa, de buurvrouw of de andere ouder? Vertel het ’s ochtends bij het brengen: ‘Vandaag haalt opa je op, na het slapen. Morgen kom ik weer.’ Vraag de medewerker het ’s middags nog eens te zeggen. Dan staat er geen verrassing aan de deur, maar iemand die is aangekondigd. Zo wordt ook een afwijkende dag voorspelbaar.

labels-at-family-gatherings =
    .title = ‘Wat een koppig ding’
    .body = Zegt een familielid waar je kind bij is: ‘Wat is ze koppig’ of ‘Hij is altijd zo lastig’? Je kind begrijpt meer dan je denkt. Geef er luchtig een vriendelijker woord voor terug, zodat je kind het hoort: ‘Ze weet precies wat ze wil.’ Of: ‘Hij is moe, het is een lange dag.’ Zo hoort je kind hoe jij naar hem kijkt. Kinderen gaan vaak geloven wat ze over zichzelf horen.

the-baby-can-wait-a-moment =
    .title = Soms mag de baby even wachten
    .body = Moet je dreumes steeds wachten omdat de baby drinken of een schone luier nodig heeft? Kies vandaag bewust een moment waarop de baby, net gevoed en veilig in de wieg of op het kleed, even wacht: ‘Baby, wacht even, eerst help ik je grote zus.’ Zeg het hardop, zodat je dreumes het hoort. Een baby kan best even mopperen, en je dreumes hoort dat het ook weleens voorgaat.

will-you-look-after-this-for-me =
    .title = ‘Wil jij dit voor mij bewaren?’
    .body = Ga je een paar dagen weg? Geef je dreumes iets van jou om op te passen: een oude muts, of een T-shirt dat naar jou ruikt. ‘Wil jij dit voor mij bewaren? Als ik terug ben, kom ik het bij jou halen.’ Zo wordt je thuiskomst iets om op te wachten, met iets echts in handen. En als je terug bent: ‘Heb jij mijn muts nog? Dank je wel dat je erop gepast hebt!’

stepchildren-for-the-weekend =
    .title = Bonuskinderen in het weekend
    .body = Komen de kinderen van je partner om het weekend logeren, en is het huis dan ineens vol? Houd voor je dreumes een paar dingen hetzelfde als doordeweeks: het eigen bedje, de eigen beker, het slaapliedje met jou. Zeg vooraf wie er komen: ‘Morgen komen Noor en Daan.’ Dan voelt het volle huis als feest, niet als overval, en houdt je dreumes zijn eigen plek.

one-family-visit-a-day-at-the-holidays =
    .title = Feestdagen: één familiebezoek per dag
    .body = Staan er met Kerst, het Suikerfeest of Nieuwjaar drie familiebezoeken op één dag gepland? Kies er voor je dreumes liever één, en laat het middagslaapje thuis of op de vaste plek doorgaan. Een kind van deze leeftijd raakt snel overprikkeld van huis na huis en gezicht na gezicht. Teleurgestelde familie? ‘We komen graag, maar één huis per dag is wat hij aankan.’

gentle-hands-with-the-baby =
    .title = Zo veel liefde, zo stevig: zachte handjes bij de baby
    .body = Wil je dreumes de baby steeds knuffelen, maar zo stevig dat je schrikt: drukken, duwen, aan een voetje trekken? Meestal is het liefde met te veel kracht. Leg je hand over die van je kind en aai samen: ‘Zo, zachtjes over haar been.’ Stevige knuffels mogen naar een pop of kussen. Blijf erbij zolang ze samen zijn. Zacht aanraken leert je kind van jouw handen, niet van een verbod.

keep-talking-about-who-died =
    .title = Blijf vertellen over wie er niet meer is
    .body = Is opa, oma of een ander dierbaar familielid overleden? Blijf erover praten, ook tegen je dreumes: ‘Dit liedje zong opa altijd voor jou.’ Zing het samen, of kijk naar een foto: ‘Dat is opa. Opa is dood, en we missen hem.’ Zo blijft die persoon een deel van het verhaal van je kind, ook al zal het zich later weinig herinneren. En jij mag er verdrietig bij zijn.

a-first-friend-at-childcare =
    .title = Een eerste vriendje op de opvang
    .body = Noemt je kind thuis steeds een naam van de opvang, of vertelt de medewerker dat het altijd naast hetzelfde kind wil zitten? Vraag er nieuwsgierig naar, en spreek eens af met dat kind en zijn ouder in de speeltuin. Een eerste voorkeur voor een ander kind is een mooi begin van vriendschap, en groeit uit de veiligheid die je kind bij jou voelt. Spelen is nu vaak nog naast elkaar spelen; prima.

speak-warmly-about-the-other-home =
    .title = Praat met warmte over het andere huis
    .body = Woont je kind ook bij de andere ouder? Hang thuis op kindhoogte een foto op van je kind met die ouder, en praat er vriendelijk over: ‘Daar is papa. Bij papa heb je een blauwe beker, hè?’ Ook als het tussen jullie stroef gaat. Dan hoeft je kind niet te voelen dat het van een van jullie minder mag houden. Valt dat zwaar? Praat erover met iemand die je vertrouwt, niet waar je kind bij is.

tell-the-baby-about-the-big-one =
    .title = Vertel de baby over de grote
    .body = Praat je tegen de nieuwe baby? Laat je dreumes horen hoe trots je op hem of haar bent: ‘Kijk baby, dat is je grote zus. Ze klimt al zelf de trap op, en ze kent alle liedjes.’ Een dreumes die hoort hoe jij over hem praat, voelt zich gezien, juist nu de baby veel aandacht krijgt. Het kost niets extra: je praat toch al tegen de baby.

make-a-welcome-home-drawing =
    .title = Samen een welkom-thuis maken
    .body = Komt de ouder die op reis was morgen thuis? Maak vandaag met je dreumes iets om te verwelkomen: een tekening op de deur, bloemen uit de tuin in een glas, de pantoffels klaarzetten. Zeg erbij: ‘Nog één nachtje slapen, dan komt papa.’ Zo wordt wachten iets wat jullie samen doen, en weet je kind dat het gemis bijna voorbij is. Bij de thuiskomst toch even verlegen? Heel gewoon; geef het wat tijd.

the-week-in-pictures =
    .title = De week in plaatjes
    .body = Is de week van je kind een puzzel: twee dagen opvang, een dag bij oma, een dag thuis? Maak een strook met zeven vakjes en een foto of tekening per dag: het gebouw van de opvang, het gezicht van oma, jullie huis. Kijk er elke ochtend samen naar: ‘Vandaag is een oma-dag.’ Een kind van bijna twee snapt zo’n plaatje beter dan ‘woensdag’. Voor een dreumes is voorspelbaar veilig.

walk-past-the-new-playgroup =
    .title = Straks naar de peuterspeelzaal? Loop er eens langs
    .body = Gaat je kind straks, vanaf een jaar of twee, naar de peuterspeelzaal of de voorschool? Loop of fiets er in de weken ervoor een paar keer langs. Kijk samen door het hek naar de zandbak en de kinderen: ‘Daar ga jij straks spelen.’ Vraag of jullie een keer samen binnen mogen kijken. Een plek die je kind al van buiten kent, voelt op de eerste dag minder vreemd.

second-birthday-everyone-sings =
    .title = Iedereen zingt, en je kind verstopt zich
    .body = Wordt je kind binnenkort twee, en komt er visite die straks in koor gaat zingen? Veel dreumesen vinden al die ogen op zich spannend: ze verstoppen hun gezicht of kruipen weg. Dat is geen ondankbaarheid. Neem je kind tijdens het zingen op schoot, laat het wegkijken, en blaas de kaarsjes samen uit, of juist niet. Het feest is voor je kind, niet voor de foto.
