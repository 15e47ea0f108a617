face-wipe-after-eating =
    .title = Na het eten: eerst zelf met het washandje
    .body = Draait je baby het hoofd weg zodra na het eten het washandje eraan komt? Geef je baby eerst zelf een nat washandje om mee te poetsen, ook al gaat het vooral over het blad. Zeg dan wat je gaat doen, “Nu jouw mond, heel even”, en veeg zacht en kort, van opzij in plaats van recht over het gezicht. Zo voelt het minder als een overval. Een paar vlekjes laten zitten mag ook.

grumpy-waking-from-the-nap =
    .title = Huilend wakker na het middagslaapje
    .body = Wordt je baby huilend of chagrijnig wakker na het middagslaapje? Haal je baby rustig uit bed en ga samen even op de bank zitten, voordat je doorgaat met eten of aankleden. Gedempt licht, weinig woorden, je arm eromheen. Sommige baby’s worden langzaam wakker, en met jouw rustige lijf als startpunt gaat dat makkelijker. Vijf minuten is vaak genoeg.

window-wave-bye-bye-bus =
    .title = Zwaai de bus uit voor het raam
    .body = Wijst je baby naar het raam als er een bus of een fiets langskomt? Ga er vandaag samen staan, zeg wat het is en zwaai: “Dag bus! Hij komt zo weer.” En dat klopt, steeds opnieuw. Spelen met weggaan en terugkomen maakt echte afscheidjes een beetje beter te begrijpen. Kijk morgen op hetzelfde tijdstip weer: misschien gaat je baby dan zelf al op de uitkijk staan.

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

another-child-grabs-the-toy =
    .title = Een ander kindje pakt het speeltje af
    .body = Zijn jullie bij vrienden of in de speeltuin, en grist een ander kind het speeltje uit de handen van je baby? Ga erbij zitten en zeg wat er gebeurde: “Hé, jij had de bal. Nu is hij weg. Dat vind je niet leuk.” Troost eerst, zoek daarna samen iets anders of vraag de bal rustig terug. Delen snapt je baby nog niet; gezien worden in de boosheid wel. En het andere kind is niet stout, gewoon klein.

dressing-wait-for-the-arm =
    .title = Aankleden: wacht tot het armpje komt
    .body = Gaat aankleden vaak met duwen en trekken? Houd vandaag de mouw open, zeg “Waar is je arm?” en wacht een paar tellen. Rond de eerste verjaardag gaan veel baby’s een beetje meehelpen: een arm door de mouw duwen, een voet optillen. Zeg wat je ziet: “Daar is hij! Jij hielp mee.” Zo wordt aankleden iets van jullie samen. Lukt het vandaag niet? Dan doe jij het gewoon.

baby-says-no-without-words =
    .title = Je baby zegt ‘nee’ zonder woorden
    .body = Schudt je baby het hoofd, duwt die je hand weg of draait die zich om als je iets aanbiedt? Zo zeggen veel baby’s hun eerste ‘nee’. Neem het vandaag serieus waar het kan: “Nee? Niet de beer. Oké.” Moet iets toch, zoals een jas of een schone luier, zeg dan dat je het zag: “Je wilt niet, hè. Het is zo klaar.” Een ‘nee’ dat gehoord wordt, leert je baby: laten weten wat ik wil, heeft zin.

climbing-everything-cushion-mountain =
    .title = Klimt je baby overal op? Bouw een kussenberg
    .body = Klimt je baby tegenwoordig overal op, van de salontafel tot de open vaatwasser? Leg vandaag de bankkussens en een paar dekens op de grond tot een lage berg en ga ernaast zitten. Laat je baby klimmen, rollen en eraf glijden, en kijk vooral: “Jij bent helemaal boven!” Met jou dichtbij durft je baby iets spannends, en komt terug als het te wild wordt. Ruim de berg daarna samen op.

hello-on-a-toy-phone =
    .title = “Hallo, met wie?” Bellen met een speelgoedtelefoon
    .body = Grijpt je baby steeds naar je telefoon? Pak een speelgoedtelefoon of een blokje, houd het aan je oor en zeg: “Hallo? O, ben jij het!” Geef het dan aan je baby en wacht. Antwoord op elk geluidje alsof jullie een echt gesprek voeren, met pauzes voor de beurt van je baby. Zo oefenen jullie het heen en weer van praten. Sommige baby’s brabbelen meteen terug, andere kijken eerst; allebei goed.

let-them-press-the-button =
    .title = Laat je baby op het knopje drukken
    .body = Wijst je baby naar de lichtknop, de deurbel of het knopje in de lift? Til je baby op en laat die zelf drukken: licht aan, licht uit. Zeg wat er gebeurt: “Jij deed het licht aan!” Zo ontdekt je baby dat eigen doen iets in beweging zet, en met jouw blije gezicht erbij voelt dat extra goed. Stopcontacten en de knoppen van het fornuis blijven natuurlijk verboden terrein.

stairs-with-you-right-behind =
    .title = Traplopen, met jou er vlak achter
    .body = Trekt de trap je baby enorm aan? Kies vandaag een moment om samen een paar treden te klimmen, met jou er vlak achter en je handen dichtbij. Oefen daarna het afdalen: omgedraaid, op de buik, voeten eerst. Je baby mag iets spannends proberen, met jou als vangnet. Doe het traphekje daarna weer dicht: de trap is voorlopig iets wat jullie samen doen, niet alleen.

first-rides-in-the-bike-seat =
    .title = De eerste ritjes in het fietszitje
    .body = Zit je baby stevig en gaat die mee in een zitje op de fiets? Begin met een kort rondje op een rustig moment en praat onderweg gewoon door: “Daar gaan we! Kijk, een hond.” Achterop ziet je baby jouw gezicht niet, dus je stem vertelt dat jij er bent. Zing op een vast stukje van de route steeds hetzelfde liedje. Na een paar ritjes kijkt je baby misschien al uit naar jullie fietsliedje.

childcare-song-sung-at-home =
    .title = Het liedje van de opvang, ook thuis
    .body = Zingen ze op de opvang of bij de gastouder een vast liedje, bij het eten, het opruimen of voor het slapen? Vraag bij het ophalen welk liedje het is en laat het je even voorzingen. Zing het thuis op zo’n zelfde moment. Zo klinkt er op beide plekken iets bekends, en merkt je baby dat de twee werelden bij elkaar horen. Ken je de woorden niet? Neurie de melodie; daar gaat het om.

song-with-a-gesture-gap =
    .title = Een liedje met gebaren, en ruimte voor je baby
    .body = Zing vandaag een liedje met gebaren, zoals ‘De wielen van de bus’ met draaiende handen. Stop na een paar keer vlak voor een gebaar en wacht, met grote ogen. Veel baby’s vullen het gat met een zwaai, een klap of een eigen geluidje. Door die pauze wordt je liedje een gesprek waarin je baby een rol heeft. Kijkt je baby voorlopig alleen? Ook goed: je baby slaat alles op.

a-remark-that-keeps-nagging =
    .title = Een opmerking die blijft knagen
    .body = Zei iemand iets over je baby dat je niet loslaat, zoals “Is ze niet erg stil?” of “Hij zegt nog niks, hè?” Loop er niet alleen mee rond en zoek ’s nachts niet eindeloos op je telefoon. Bel het consultatiebureau en vertel wat je hoorde en wat je zelf ziet. Vaak is er niets aan de hand, en anders ben je er vroeg bij. Vragen is geen overdrijven: jij kent je baby, en zij kijken graag met je mee.

walking-on-your-fingers =
    .title = Lopen aan je vingers, en je rug dan?
    .body = Wil je baby de hele dag aan jouw vingers door het huis lopen, en protesteert je rug? Wissel het af. Zet een stevige doos met wat boeken erin neer om voort te duwen, laat je baby langs de bank schuifelen, of ga op de grond zitten en houd de handjes vast terwijl je baby voor je staat. Je baby wil vooral oefenen met jou dichtbij, niet per se aan jouw hand. Zo houden jullie het allebei langer vol.

back-to-normal-after-a-sick-week =
    .title = Na een zieke week stap voor stap terug
    .body = Is je baby weer beter, maar nog steeds aanhankelijk en slaapt die slecht? Dat duurt vaak een paar dagen. Pak je gewone ritme stukje voor stukje weer op: eerst het vertrouwde naar bed gaan, dan de dutjes, dan de rest. Geef intussen gewoon de extra nabijheid waar je baby om vraagt. Na een week of zo nog steeds niet de oude? Overleg met de huisarts of het consultatiebureau.

eating-out-with-your-baby =
    .title = Uit eten met je baby
    .body = Gaan jullie vandaag uit eten, in een restaurant of café? Kies een tijd dicht bij het gewone etenstijdstip van je baby en neem het eigen lepeltje, bekertje en iets vertrouwds te eten mee. Zet de kinderstoel naast je, zodat je baby jouw gezicht ziet en niet alleen de drukte. Bekende spullen maken een vreemde plek herkenbaar. Reken op een korte maaltijd; het toetje kan mee naar huis.

lots-of-new-toys-one-at-a-time =
    .title = Veel nieuw speelgoed tegelijk? Eén per keer
    .body = Kreeg je baby voor een verjaardag of feest ineens een berg nieuw speelgoed? Zet het meeste even weg en haal vandaag één ding tevoorschijn. Ontdek het samen op de grond, zonder haast en zonder meteen te laten zien hoe het ‘hoort’. Te veel tegelijk maakt veel baby’s onrustig; één ding met jouw aandacht erbij is een feest. Wissel over een week of twee: wat weg was, voelt dan weer nieuw.

first-birthday-looking-back =
    .title = Een jaar samen: vertel hoe het echt was
    .body = Rond de eerste verjaardag kijken veel ouders terug. Naast trots kunnen herinneringen bovenkomen aan een zware bevalling, een ziekenhuisopname of pittige maanden. Dat is normaal. Vertel vandaag iemand die je vertrouwt hoe dit jaar echt was voor jou, ook de moeilijke stukken. Gehoord worden helpt het een plek te geven. Blijven de herinneringen zwaar drukken? Praat erover met je huisarts.

the-walking-yet-question =
    .title = “Loopt de kleine al?”
    .body = Op feestjes en familiebezoek begint het vergelijken: wie loopt er al, wie praat er al? Heb vandaag een zinnetje klaar: “Wij doen het in ons eigen tempo.” Rond de één jaar verschillen baby’s maanden in wanneer ze lopen of praten, en dat is normaal. Je baby hoeft niemand bij te houden, maar heeft iemand nodig die er gewoon van geniet. Echte zorgen? Bespreek ze op het consultatiebureau.

no-forced-kisses-a-wave-will-do =
    .title = Geen kusje afdwingen: zwaaien mag ook
    .body = Vraagt een oom, tante of grootouder om een kusje, en duikt je baby weg tegen jouw schouder? Help je baby én de volwassene: “We zwaaien vandaag. Zwaai je terug?” Zwaai zelf voor, zonder aan te dringen. Zo leert je baby dat die over het eigen lijf mag meebeslissen, en krijgt de ander toch een groet. Vaak komt het kusje later vanzelf, als je baby er zelf zin in heeft.

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

grief-in-the-family =
    .title = Verdriet in de familie, met een baby erbij
    .body = Is er iemand overleden, met een uitvaart of dagen vol bezoek en verdriet? Vraag één vertrouwd persoon om die dag voor je baby te zorgen en naar buiten te gaan als het te veel wordt. Houd thuis het slaapritueel aan. Huilen waar je baby bij is, mag; zeg dan zacht: “Ik ben verdrietig, en ik hou van jou.” Je baby hoeft niets op te lossen, maar heeft een vaste arm nodig. En jij ook: laat je helpen.

missed-the-first-steps =
    .title = De eerste stapjes gemist?
    .body = Zette je baby de eerste stapjes op de opvang, bij opa en oma of terwijl jij even weg was? Dat kan steken. Vraag gerust hoe het ging, en vier het als je het zelf ziet: voor jou is dat de eerste keer, en je baby merkt vooral jouw blijdschap. Je hebt niets wezenlijks gemist. Dat je baby daar durfde te oefenen, zegt juist dat die zich ook daar veilig voelt.

new-baby-coming-time-the-changes =
    .title = Komt er een baby bij? Plan de grote veranderingen
    .body = Komt er een baby bij in jullie gezin? Kijk welke veranderingen er voor je oudste aankomen: een andere slaapkamer, naar de opvang, een nieuw bed. Doe ze waar het kan een paar maanden voor de bevalling, of wacht tot ruim erna. Bepaal ook nu al bij wie je kleintje tijdens de bevalling blijft: liefst iemand die het goed kent. Minder tegelijk veranderen maakt een broertje of zusje makkelijker welkom.

pregnant-and-tired-floor-cuddles =
    .title = Weer zwanger en moe? Knuffel op vloerhoogte
    .body = Ben je weer zwanger en valt het tillen en dragen van je eenjarige je zwaar? Verplaats de nabijheid naar de vloer: ga op een kleed zitten en laat je baby op je schoot klimmen, of lees liggend op de bank met je kleintje tegen je aan. Laat het zware tilwerk waar het kan aan een ander over. Dichtbij zijn hoeft niet te betekenen dat je draagt; je baby wil vooral bij jou zijn.

library-let-them-choose =
    .title = Samen naar de bibliotheek
    .body = Ga vandaag met je baby naar de bibliotheek en zoek de hoek met babyboekjes op. Ga op de grond zitten, leg een paar boekjes neer en laat je baby kiezen: pakken, omdraaien, erop kloppen. Het boekje dat je baby steeds weer pakt, gaat mee naar huis. Samen kiezen is al een gesprek, en een zelf gekozen boekje is echt van je baby. Een kwartiertje is genoeg; morgen lezen jullie het thuis op schoot.

awake-at-five-every-morning =
    .title = Elke ochtend om vijf uur wakker?
    .body = Is je baby al weken voor dag en dauw wakker en ben jij gesloopt? Maak van het eerste uur een rustig uur: gedempt licht, een glas water voor jezelf, samen op een kleed in een veilige kamer met wat boekjes en blokken, nog geen drukte of schermen. Wissel als het kan af wie vroeg opstaat, en ga zelf een avond eerder naar bed. Zo vroeg hoeft het niet gezellig te zijn; rustig en samen is genoeg.

washing-hands-together-before-meals =
    .title = Handjes wassen voor het eten, samen
    .body = Was vandaag voor het eten samen je handen. Houd je baby op je heup bij de kraan, laat lauw water over jullie handen lopen en wrijf de zeep zacht tussen de handjes. Houd dan jouw handen op: mag je baby die wassen? Zo wordt een klusje een moment van aanraken en om de beurt doen, en weet je baby na een tijdje: na de kraan komt het eten. Spetteren hoort erbij; leg een handdoek klaar.

new-partner-bond-grows-slowly =
    .title = Een nieuwe partner? Laat de band rustig groeien
    .body = Is er een nieuwe partner die steeds vaker bij jullie is? Laat die eerst spelen, voorlezen of de bal terugrollen, terwijl troosten en naar bed brengen voorlopig bij jou blijven. Zo leert je baby de nieuwe persoon kennen in fijne momenten, in het eigen tempo. Hechten aan meer mensen kan, maar stap voor stap. Houdt je baby eerst afstand? Dat zegt niets over de ander; geef het tijd.

teddy-gets-a-drink =
    .title = Beer heeft ook dorst
    .body = Pak vandaag een bekertje en houd het bij de mond van een knuffelbeer: “Beer heeft dorst. Mmm, lekker!” Geef het bekertje daarna aan je baby en kijk wat er gebeurt. Rond de eerste verjaardag doen sommige baby’s dit al na. Zeg wat je ziet: “Jij geeft beer drinken. Lief van je.” Doen alsof is een vroege manier om na te denken over wat een ander nodig heeft. Morgen is beer misschien moe.

first-shoes-shoes-on-we-go-out =
    .title = Eerste schoentjes: “Schoenen aan, we gaan naar buiten”
    .body = Zet je baby een paar stapjes en komen de eerste schoentjes voor buiten eraan? Maak van het aantrekken een klein ritueel: laat je baby een schoen vasthouden, duw samen het voetje erin en zeg elke keer dezelfde woorden: “Schoenen aan, we gaan naar buiten!” Vaste woorden maken van een priegelklusje een signaal waar je baby naar uit gaat kijken. Binnen mogen blote voeten of antislipsokken blijven.

in-the-park-feel-and-name =
    .title = In het park: laat voelen en geef het een woord
    .body = Ga je vandaag naar het park of het bos? Zoek een plekje en geef je baby dingen om te voelen: een blad, een dennenappel, een tak, de ruwe boomstam. Zeg er één woord bij: “Ruw. Nat. Glad.” Voelen en tegelijk jouw woord horen, maakt taal tastbaar, en jij volgt wat je baby boeit. Kleine steentjes en bessen horen niet in het mondje, dus kijk goed mee.

familiar-face-looks-different =
    .title = Ziet een vertrouwd gezicht er ineens anders uit?
    .body = Een nieuwe bril, je baard eraf, een ander kapsel, of een bekende die ineens een muts of mondkapje draagt? Schrikt je baby of kijkt die wantrouwig? Praat dan eerst met je gewone stem en laat je baby rustig kijken en voelen: aan de bril, de wang, het haar. Baby’s lezen gezichten heel precies; een bekende stem helpt het nieuwe plaatje te herkennen. Na een dag of wat is het meestal vergeten.

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

working-from-home-baby-awake =
    .title = Thuiswerken terwijl je baby wakker is?
    .body = Moet je vandaag thuis werken terwijl je baby wakker is, omdat de opvang dicht is of je baby net ziek was? Plan je werk in blokjes en geef tussendoor korte stukjes volle aandacht: vijf minuten op de grond, laptop dicht, echt samen. Dat werkt beter dan de hele dag half. Zeg het als je weer aan het werk gaat: “Nu ga ik even typen, ik zit hier.” Lukt werken vandaag nauwelijks? Dat ligt niet aan jou.

arms-up-pick-me-up =
    .title = Armpjes omhoog: ‘Op!’
    .body = Staat je baby aan je been met de armpjes omhoog? Dat is een van de duidelijkste vragen die een baby kan stellen: til me op, ik wil bij jou. Til je baby vandaag een paar keer op zodra die erom vraagt, al is het maar voor een halve minuut. Kan het echt niet, bijvoorbeeld met een hete pan in je hand, zak dan even door je knieën en zeg: “Ik zie je. Eerst de pan, dan til ik je op.” En doe het dan ook.
