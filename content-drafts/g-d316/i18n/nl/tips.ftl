sick-week-on-the-sofa =
    .title = Een zieke week: laat de bank maar winnen
    .body = Is je baby deze week ziek en wil die alleen nog gedragen worden? Maak er een bankweek van: knuffelen, dragen, voorlezen, en het huishouden blijft liggen. Een ziek kind vindt veiligheid in nabijheid; verwennen is dit niet. Wissel af met iemand als dat kan. Drinkt je baby slecht, is die slap of maak je je zorgen, bel dan de huisarts, of ’s avonds en ’s nachts de huisartsenpost.

stuck-standing-in-the-cot =
    .title = ’s Nachts staand vast in het bedje
    .body = Trekt je baby zich ’s nachts op in het bedje en huilt die dan, omdat gaan zitten nog niet lukt? Ga rustig kijken en leg je baby neer met weinig woorden en een hand op de buik. Elk kalm bezoekje zegt: je riep, ik kwam. Oefen overdag zitten vanuit staan: een speeltje op de grond, jouw handen bij de heupen, “Plof, zitten!” Kan je baby het eenmaal zelf, dan worden de nachten vaak weer rustiger.

window-wave-bye-bye-bus =
    .title = Zwaai de bus uit voor het raam
    .body = Wijst je baby naar het raam als er een bus of een fiets langskomt? Ga er vandaag samen staan, zeg wat het is en zwaai: “Dag bus! Hij komt zo weer.” En dat klopt, steeds opnieuw. Spelen met weggaan en terugkomen maakt echte afscheidjes een beetje beter te begrijpen. Kijk morgen op hetzelfde tijdstip weer: veel baby’s gaan dan zelf al op de uitkijk staan.

picture-book-let-them-point =
    .title = Laat je baby wijzen in het prentenboek
    .body = Kijken jullie vandaag samen in een prentenboek? Laat het wijzen aan je baby over. Waar het vingertje ook landt, noem het en maak er een geluid bij: “Een koe! Boe.” Overhoorvragen als ‘waar is de hond?’ kun je laten; volgen is genoeg. Zo ontdekt je baby dat jij meekijkt. Op het hoekje kauwen of drie bladzijden tegelijk omslaan is op deze leeftijd ook lezen.

first-birthday-small-and-short =
    .title = Een eerste verjaardag op babymaat
    .body = Komt de eerste verjaardag eraan? Plan het feestje rond de dag van je baby: na een slaapje, met een paar mensen die je baby kent, en een eindtijd die je vooraf noemt. Een kort feest met bekende gezichten past beter bij een eenjarige dan een vol huis de hele middag. Anderen kunnen een andere dag langskomen. En is de taart vooral voor de grote mensen? Prima.

their-own-words-list =
    .title = Een lijstje met de eigen woordjes van je baby
    .body = Heeft je baby een klank die steeds hetzelfde betekent, zoals “ba” voor de fles of “woef” voor een hond, in welke taal ook? Behandel het als een echt woord en geef antwoord. Schrijf die woordjes vandaag op en geef het lijstje aan opa en oma of de opvang. Als iedereen weet wat “ba” is, voelt je baby zich op meer plekken begrepen. Vul het lijstje aan; het is ook een mooi aandenken.

buggy-stop-where-they-point =
    .title = Stop op je wandeling waar je baby wijst
    .body = Ga je vandaag wandelen met de kinderwagen? Wijst je baby naar een vogel, een hond of een graafmachine, stop dan en ga naast de wagen op je hurken zitten. Noem het en wacht even: “Een duif. Hij pikt.” Een paar minuten bepaalt je baby de route en volg jij. Gevolgd worden vertelt een kind dat wat het ziet jou iets kan schelen. Het wordt een trage wandeling, dus kies een dag zonder haast.

word-with-a-hand-sign =
    .title = Een handgebaar bij het woord
    .body = Kies twee of drie woorden die elke dag terugkomen, zoals ‘meer’, ‘op’ of ‘slapen’, en geef elk woord een eenvoudig handgebaar. Gebruik vandaag woord en gebaar samen bij het eten en het slapengaan. Veel baby’s kunnen een gebaar maken voordat ze het woord zeggen, en jou iets kunnen vertellen haalt de scherpe randjes van frustratie af. De woorden komen heus; het gebaar is een brug tot dan.

calling-from-the-next-room =
    .title = Kruipt je baby weg? Antwoord als die roept
    .body = Is je baby de gang of de kamer ernaast in gekropen, en roept die nu of gluurt die om de deur terug? Is die ruimte veilig, antwoord dan vanaf waar je bent: “Ik ben hier, in de keuken!” Je stem is een touw waaraan je baby zich vasthoudt terwijl die wat verder ontdekt. Komt je baby terugracen, verwelkom die dan en laat weer los. Je hoeft niet elke keer te gaan halen.

shape-that-wont-fit =
    .title = Als het blokje er niet in wil
    .body = Wordt je baby boos omdat een vormpje niet door het gat past of een deksel niet open wil? Zeg eerst wat er is: “Grr, stom, hij past niet.” Help dan een klein beetje: draai het vormpje goed, en laat je baby zelf het laatste duwtje geven. Je woorden laten zien dat het gevoel begrepen wordt; je kleine hulp houdt het te doen. Blijven de tranen komen? Eerst een knuffel, de puzzel later.

two-spoons-at-the-table =
    .title = Twee lepels aan tafel
    .body = Grist je baby bij het eten de lepel uit je hand? Geef je baby een eigen lepel en wat vingervoedsel, en houd zelf een tweede lepel. Ga tegenover elkaar zitten en eet zelf ook wat. Zelf willen doen is een gezonde stap, en samen eten houdt het een moment van contact in plaats van touwtrekken. Een kleed onder de kinderstoel helpt: de knoeiboel hoort erbij.

nappy-change-for-a-wriggler =
    .title = Verschonen van een wriemelaar
    .body = Draait je baby bij elke verschoning weg en protesteert die? Stilliggen is lastig als je liever in beweging bent. Geef je baby een taakje, zoals de schone luier vasthouden, of een speeltje dat alleen bij het verschonen tevoorschijn komt. Soms kun je ook verschonen terwijl je baby staat en zich aan de bank vasthoudt. Zo wordt worstelen samenwerken, al blijft het op sommige dagen een gevecht.

each-parent-their-own-language =
    .title = Twee talen thuis: ieder in de eigen taal
    .body = Worden er bij jullie thuis twee talen gesproken? Laat elke volwassene met je baby de taal spreken waarin die zich het meest thuis voelt: de taal van troosten, grapjes en slaapliedjes. Nederlands komt er ook via opvang, school en vriendjes bij. Een baby hecht via woorden die warm klinken, niet via perfecte grammatica, en af en toe mengen kan geen kwaad. Vragen? Stel ze op het consultatiebureau.

bath-suddenly-scary =
    .title = Ineens bang in bad
    .body = Gilt je baby, die altijd zo van het bad genoot, ineens bij het water of het haren wassen? Veel baby’s hebben zo’n periode. Neem de angst serieus en maak het kleiner: minder water, een natte washand in plaats van gieten, of ga samen in bad en houd je baby tegen je aan. Laat je baby eerst water over jouw hand gieten. Een tijdje aan de wastafel wassen mag ook; het plezier komt meestal terug.

for-you-for-me-at-snack-time =
    .title = “Eentje voor jou, eentje voor mij”
    .body = Verdeel vandaag bij het tussendoortje stukjes fruit: “Eentje voor jou, eentje voor mij.” Steekt je baby jou een sabbelig stukje toe, neem het dan met echt plezier aan, zeg dankjewel en geef er een terug. Geven en terugkrijgen is een van de eerste spelletjes om de beurt, en het laat zien dat wat je baby geeft welkom is. Wil je baby het meteen terug? Prima: op deze leeftijd is geven vooral spel.

big-sibling-and-the-crawler =
    .title = Als de baby de toren van de grote omgooit
    .body = Kruipt je baby recht af op de blokken of tekeningen van een ouder broertje of zusje? Geef het oudere kind een plek die alleen van hem of haar is, zoals de tafel of een hoek achter een hekje. Benoem ook diens gevoel: “Balen, je toren is om. De baby wil zo graag met jou spelen.” Een ouder kind dat zich gezien voelt, vindt makkelijker geduld. En tien minuten alleen met de grote helpt vaak het meest.

stairs-with-you-right-behind =
    .title = Traplopen, met jou er vlak achter
    .body = Trekt de trap je baby enorm aan? Kies vandaag een moment om samen een paar treden te klimmen, met jou er vlak achter en je handen dichtbij. Oefen daarna het afdalen: omgedraaid, op de buik, voeten eerst. Je baby mag iets spannends proberen, met jou als vangnet. Doe het traphekje daarna weer dicht: de trap is voorlopig iets wat jullie samen doen, niet alleen.

gentle-hands-for-the-cat =
    .title = Zachte handjes voor de poes of de hond
    .body = Grijpt je baby in de vacht van de poes of naar de oren van de hond? Leg je hand over die van je baby en aai samen langzaam, terwijl je zacht zegt: “Zachtjes, zachtjes.” Aai daarna het armpje van je baby op dezelfde manier, zodat die voelt wat zacht is. Je trage hand en rustige stem leren meer dan een scherp ‘nee!’. Blijf er wel bij: ook een geduldig dier kan uithalen als het wordt vastgegrepen.

video-call-with-family-far-away =
    .title = Familie ver weg: een vast videobelletje
    .body = Woont familie ver weg, misschien wel in een ander land? Spreek elke week op hetzelfde moment een kort videogesprek af, met je baby op schoot. Laat opa of oma steeds hetzelfde liedje zingen of kiekeboe spelen met een doek. Kijkt je baby na een minuut weg of kruipt die weg? Heel normaal; jij kletst gewoon door. De bekende stem en het vaste ritueel maken een bezoek later minder vreemd.

song-with-a-gesture-gap =
    .title = Een liedje met gebaren, en ruimte voor je baby
    .body = Zing vandaag een liedje met gebaren, zoals ‘De wielen van de bus’ met draaiende handen. Stop na een paar keer vlak voor een gebaar en wacht, met grote ogen. Veel baby’s vullen het gat met een zwaai, een klap of een eigen geluidje. Door die pauze wordt je liedje een gesprek waarin je baby een rol heeft. Kijkt je baby voorlopig alleen? Ook goed: je baby slaat alles op.

one-year-check-bring-your-questions =
    .title = Neem je eigen vragen mee naar het consultatiebureau
    .body = Staat er rond de eerste verjaardag een bezoek aan het consultatiebureau gepland? Schrijf vooraf twee of drie vragen op, over slapen, eten, praten, of over hoe het met jou gaat. Het bezoek is er ook voor jou, niet alleen voor wegen en meten. Zit iets je niet lekker, over je baby of over jezelf, dan is dit het moment: vroeg vragen helpt. Vergeten? Je kunt achteraf altijd nog bellen.

check-up-on-your-lap =
    .title = Bij de controle is jouw schoot de veilige plek
    .body = Wordt je baby binnenkort gewogen, onderzocht of gevaccineerd? Vraag of je baby zoveel mogelijk op jouw schoot mag blijven, en neem een vertrouwd speeltje mee. Vertel rustig wat er gebeurt: “De dokter kijkt even in je oor.” Protest en tranen mogen er zijn. Neem daarna de tijd voor een lange knuffel of een voeding voordat je naar buiten gaat. Je rustige lijf zegt: dit is vreemd, maar ik ben vlakbij.

back-to-normal-after-a-sick-week =
    .title = Na een zieke week stap voor stap terug
    .body = Is je baby weer beter, maar nog steeds aanhankelijk en slaapt die slecht? Dat duurt vaak een paar dagen. Pak je gewone ritme stukje voor stukje weer op: eerst het vertrouwde naar bed gaan, dan de dutjes, dan de rest. Geef intussen gewoon de extra nabijheid waar je baby om vraagt. Na een week of zo nog steeds niet de oude? Overleg met de huisarts of het consultatiebureau.

song-from-your-own-childhood =
    .title = Het liedje dat voor jou werd gezongen
    .body = Welk liedje werd er voor jou gezongen toen je klein was, in welke taal dan ook? Vraag een opa, oma of tante om het voor je baby te zingen, of om jou de woorden te leren, en maak het jullie liedje voor één vast moment, bijvoorbeeld na het badje. Een lied dat al door je familie is gegaan, klinkt vanzelf warm. Ken je maar één couplet? Je baby vindt het prima: neurie de rest.

party-quiet-room =
    .title = Een stille kamer tijdens het feest
    .body = Is er vandaag een verjaardag of familiefeest? Regel vooraf één stille kamer, bijvoorbeeld een slaapkamer met de gordijnen half dicht. Let op de vroege signalen, zoals in de ogen wrijven, wegstaren, je vastklampen of juist druk worden, en ga daar tien minuten met je baby naartoe voordat de tranen komen. Alleen jullie tweeën, geen bezoek. Daarna terug in het rumoer gaat vaak veel makkelijker.

first-birthday-looking-back =
    .title = Een jaar samen: vertel hoe het echt was
    .body = Rond de eerste verjaardag kijken veel ouders terug. Naast trots kunnen herinneringen bovenkomen aan een zware bevalling, een ziekenhuisopname of pittige maanden. Dat is normaal. Vertel vandaag iemand die je vertrouwt hoe dit jaar echt was voor jou, ook de moeilijke stukken. Gehoord worden helpt het een plek te geven. Blijven de herinneringen zwaar drukken? Praat erover met je huisarts.

the-walking-yet-question =
    .title = “Loopt de kleine al?”
    .body = Op feestjes en familiebezoek begint het vergelijken: wie loopt er al, wie praat er al? Heb vandaag een zinnetje klaar: “Wij doen het in ons eigen tempo.” Rond de één jaar verschillen baby’s maanden in wanneer ze lopen of praten, en dat is normaal. Je baby hoeft niemand bij te houden, maar heeft iemand nodig die er gewoon van geniet. Echte zorgen? Bespreek ze op het consultatiebureau.

naps-at-family-gatherings =
    .title = Houd het dutje aan op een familiedag
    .body = Ga je naar een familiedag, een bruiloft of een feest zoals het Suikerfeest of Kerst? Plan het slaapje van je baby erin: neem het campingbedje of de kinderwagen mee, vraag vooraf om een rustige kamer, of ga wandelen rond het slaapmoment. Wat eerder weggaan mag ook. Een uitgeruste baby geniet veel meer van de familie, en jij ook. Mislukt het dutje toch? Een vroege avond thuis maakt veel goed.

shy-baby-roll-a-ball =
    .title = Verlegen baby, teleurgestelde familie? Rol een bal
    .body = Wil opa, oma of een tante je baby oppakken, begint die te huilen en voelt het familielid zich afgewezen? Geef diegene een spel op afstand: een meter verderop op de grond zitten en een bal rollen naar je baby, veilig bij jou op schoot. Of de bal terugkomt, beslist je baby. Zo krijgt diegene een echte rol, in het tempo van je baby. En zeg erbij: niet persoonlijk, op deze leeftijd heel gewoon.

petting-farm-from-your-arm =
    .title = Op de kinderboerderij, vanaf jouw arm
    .body = Ga je vandaag naar de kinderboerderij? Draag je baby op je heup en laat het lijfje vertellen hoe dichtbij jullie gaan. Naar voren leunen en wijzen: ‘dichterbij!’; verstijven of het gezicht in je hals duwen: ‘ver genoeg’. Noem wat jullie zien: “Een geit. Mèèè!” Volg je de afstand die je baby kiest, dan wordt iets nieuws een avontuur in plaats van een schrik. Volgende keer durft je baby vaak meer.

supermarket-point-and-hold =
    .title = In de winkel: laat je baby vasthouden wat het aanwijst
    .body = Boodschappen doen met je baby in het zitje van de winkelwagen? Wijst je baby naar de bananen of het brood, noem het dan en geef het even vast: “Bananen. Zullen we ze meenemen?” Daarna mag je baby ze in de kar laten vallen. Zo krijgt je baby het woord, het gevoel en het gewicht tegelijk, en een taakje op een plek die druk kan zijn. Op een rustig moment gaat dit makkelijker dan op zaterdag.

their-first-joke =
    .title = Lach om het eerste grapje van je baby
    .body = Steekt je baby een speeltje naar je uit en trekt het terug net als jij het wilt pakken, of zet die een beker op het hoofd en kijkt die je aan? Dat is een grap, een van de allereerste. Lach mee, speel je rol (“Hé! Waar is het nou?”) en laat je baby het nog eens doen. Samen lachen zegt: ik zie je, en ik vind leuk wat je doet. Let op die ondeugende blik vlak voor de volgende ronde.

away-for-days-one-fixed-moment =
    .title = Een paar dagen weg? Houd één vast moment
    .body = Gaat een ouder of verzorger een paar dagen weg, voor werk of familie? Spreek één kort moment af, elke dag op dezelfde tijd: een belletje bij het ontbijt, of een spraakbericht met het vaste slaapliedje. Thuis kun je bij een foto zeggen: “Aan het werk, na drie keer slapen weer thuis.” Je baby snapt nog geen dagen, maar de bekende stem en het ritueel houden een draadje vast. Kort bellen is genoeg.

home-after-days-away =
    .title = Thuis na dagen weg: laat je baby naar jou komen
    .body = Terug na een paar dagen weg, en je baby draait zich af of klampt zich vast aan wie thuisbleef? Dat kan steken, maar zo zegt je baby: jij was weg. Dwing geen knuffel af. Ga in de buurt zitten, doe rustig mee en neem vanavond een vertrouwd ritueel over, zoals het badje of het slaapliedje. De meeste baby’s ontdooien binnen uren of een paar dagen, soms met extra aanhankelijkheid erna.

new-baby-coming-time-the-changes =
    .title = Komt er een baby bij? Plan de grote veranderingen
    .body = Komt er een baby bij in jullie gezin? Kijk welke veranderingen er voor je oudste aankomen: een andere slaapkamer, naar de opvang, een nieuw bed. Doe ze waar het kan een paar maanden voor de bevalling, of wacht tot ruim erna. Bepaal ook nu al bij wie je kleintje tijdens de bevalling blijft: liefst iemand die het goed kent. Minder tegelijk veranderen maakt een broertje of zusje makkelijker welkom.

pregnant-and-tired-floor-cuddles =
    .title = Weer zwanger en moe? Knuffel op vloerhoogte
    .body = Ben je weer zwanger en valt het tillen en dragen van je eenjarige je zwaar? Verplaats de nabijheid naar de vloer: ga op een kleed zitten en laat je baby op je schoot klimmen, of lees liggend op de bank met je kleintje tegen je aan. Laat het zware tilwerk waar het kan aan een ander over. Dichtbij zijn hoeft niet te betekenen dat je draagt; je baby wil vooral bij jou zijn.

first-steps-toward-open-arms =
    .title = Eerste stapjes: wees waar je baby naartoe loopt
    .body = Schuifelt je baby langs de meubels of probeert die de eerste stapjes? Ga vandaag een paar passen verderop op je knieën zitten met open armen en laat je baby naar jou toe komen, langs de bank of over het gat. Vang je baby op, vier het en laat weer los. Weten dat er iemand is om op te landen, maakt dat wiebelige stuk minder eng. Nog geen stapjes? Eindpunt zijn aan het eind van de bank werkt ook.

holiday-explore-the-room-first =
    .title = Op vakantie: ontdek eerst samen de nieuwe kamer
    .body = Aangekomen op je vakantieadres? Ga vóór het uitpakken op de grond zitten in de kamer waar je baby gaat slapen, en laat je baby rondkruipen en ontdekken, met jou als vast punt. Zet het bedje in het zicht, en gebruik vanavond je vaste slaapwoorden. Een vreemde kamer die je samen hebt verkend, voelt minder vreemd als het licht uitgaat. De eerste nacht kan nog onrustig zijn; dat hoort erbij.

long-car-ride-breaks =
    .title = Een lange autorit: pauzes buiten het autostoeltje
    .body = Een lange autorit voor de boeg, naar de vakantie of naar familie? Plan het rijden rond een slaapje, en stop om de paar uur voor een pauze buiten het autostoeltje: een knuffel, iets drinken, even kruipen op een kleedje. Zijn jullie met z’n tweeën, dan kan er een achterin naast je baby zitten. Blijft het huilen in de auto aanhouden, dan helpt stoppen en vasthouden meer dan doorrijden.

another-carer-does-it-differently =
    .title = Doet een ander het anders? Vaak prima
    .body = Doet een opa of oma, je partner of de oppas dingen anders dan jij: een ander liedje, anders wiegen, een later tussendoortje? Baby’s kunnen goed omgaan met verschillende mensen met verschillende gewoontes, zolang ieder warm en betrouwbaar is. Spreek de paar dingen af die voor jou echt tellen, zoals veilig slapen en hoe troosten gaat, en laat de rest aan hen. Dat scheelt ook een hoop discussie.

teddy-gets-a-drink =
    .title = Beer heeft ook dorst
    .body = Pak vandaag een bekertje en houd het bij de mond van een knuffelbeer: “Beer heeft dorst. Mmm, lekker!” Geef het bekertje daarna aan je baby en kijk wat er gebeurt. Rond deze leeftijd gaan veel baby’s zulk klein doen-alsof nadoen. Zeg wat je ziet: “Jij geeft beer drinken. Lief van je.” Doen alsof is een vroege manier om na te denken over wat een ander nodig heeft. Morgen is beer misschien moe.

first-shoes-shoes-on-we-go-out =
    .title = Eerste schoentjes: “Schoenen aan, we gaan naar buiten”
    .body = Zet je baby een paar stapjes en komen de eerste schoentjes voor buiten eraan? Maak van het aantrekken een klein ritueel: laat je baby een schoen vasthouden, duw samen het voetje erin en zeg elke keer dezelfde woorden: “Schoenen aan, we gaan naar buiten!” Vaste woorden maken van een priegelklusje een signaal waar je baby naar uit gaat kijken. Binnen mogen blote voeten of antislipsokken blijven.

a-safe-yes-corner =
    .title = Eén plek waar alles mag
    .body = Zit je baby overal aan en hoor je jezelf de hele dag ‘nee’ zeggen? Maak vandaag één kamer of hoek helemaal veilig: stopcontacten afgedekt, breekbare spullen weg, een laag kastje met pannen en houten lepels dat leeggehaald mag worden. Daar kan je baby vrij ontdekken terwijl jij achteroverleunt en kijkt. Meer vrijheid op één veilige plek laat ruimte om van elkaar te genieten.

moving-house-cot-goes-up-first =
    .title = Verhuizen: het bedje staat als eerste
    .body = Ga je binnenkort verhuizen? Laat je baby de drukte van de verhuisdag als het kan doorbrengen bij iemand die je baby goed kent. Zet in het nieuwe huis eerst het bedje en een hoekje met vertrouwde spullen neer, nog vóór de keuken. Houd het slaapritueel precies zoals het was. Een nieuw huis is veel; hetzelfde bedje, hetzelfde liedje en jij dichtbij maken het thuis. Wat onrustige nachten zijn gewoon.

first-haircut-on-your-lap =
    .title = Een eerste knipbeurt op jouw schoot
    .body = Eerste knipbeurt, bij de kapper of thuis? Zet je baby op schoot voor een spiegel, zodat die jullie allebei ziet, en vertel wat er gebeurt: “Knip, daar gaat een plukje.” Geef een kammetje om vast te houden. Jouw schoot en stem maken het vreemde geknip minder eng. Kies een moment waarop je baby uitgerust is en gegeten heeft, en houd het kort. Te veel? Stop: een scheve pony kan best even.

from-two-naps-to-one =
    .title = Van twee dutjes naar één, geleidelijk
    .body = Verzet je baby zich tegen het tweede slaapje? Sommige baby’s gaan rond deze tijd naar één dutje, veel pas later. De overstap duurt vaak weken, met af en toe nog twee dutjes. Schuif op dagen met één dutje de lunch en het slaapje wat naar voren, en leg je baby ’s avonds eerder in bed. Een oververmoeide baby is vaak aanhankelijker en huilt sneller: reken op extra knuffels aan het eind van de middag.

stopping-a-feed-keep-the-lap =
    .title = Stoppen met de fles of een voeding? Houd de schoot
    .body = Bouw je rond de eerste verjaardag de fles af, of een borstvoeding? Zo’n voeding was vaak ook een moment van nabijheid. Houd dat deel vast: op hetzelfde moment van de dag je baby op schoot, met een beker melk of iets te eten, een boekje en jouw arm eromheen. Stoppen met een voeding hoeft niet te betekenen dat de knuffel stopt. Haast is niet nodig: jullie mogen dit in je eigen tempo doen.

a-homemade-book-of-their-day =
    .title = Een zelfgemaakt boekje over de dag van je baby
    .body = Maak vandaag een paar foto’s van een gewone dag van je baby: wakker worden, ontbijt, de kinderwagen, het badje, bed. Print ze, stop ze in een klein album en blader het samen door: “Kijk, daar zit jij in bad. En dan?” Een boekje waarin je baby de hoofdrol speelt en alles in de bekende volgorde gebeurt, wordt vaak een favoriet. Later kun je bladzijden toevoegen voor iets nieuws, zoals logeren.

hospital-stay-stay-close =
    .title = Een ziekenhuisopname: blijf zo dichtbij als je kunt
    .body = Moet je baby worden opgenomen, voor een kleine operatie of omdat die ziek is? Vraag of een ouder of verzorger dag en nacht mag blijven, en of je erbij mag zijn bij het in slaap brengen en het wakker worden. Neem vertrouwde dingen mee: de eigen slaapzak, een lievelingsboekje, jullie liedje. Een vreemde plek met een vertrouwd mens erbij maakt het verschil. Wissel af, zodat jij ook kunt rusten.

working-nights-one-moment-thats-yours =
    .title = Werk je ’s nachts? Houd één moment dat van jou is
    .body = Werk je ’s nachts of in ploegen en slaap je vaak als je baby wakker is? Kies één moment op de dag dat altijd van jou is: samen ontbijten na je dienst, het badje, of het wandelingetje voordat je gaat slapen. Kort is prima, als het maar betrouwbaar terugkomt en je er echt bent. Zo leert je baby op dat vaste moment op jou te rekenen, ook in weken waarin jullie elkaar verder weinig zien.
