# Dagelijkse tips voor ouders van een te vroeg geboren baby (gecorrigeerde leeftijd onder 0).

first-ward-visit-just-arrive =
    .title = Je eerste bezoek aan de afdeling neonatologie
    .body = Ga je vandaag voor het eerst naar je baby op de neonatologie? Vraag een verpleegkundige om naast je te staan en uit te leggen wat je ziet: slangetjes, plakkers, piepjes. Kijk dan naar je baby en zeg zacht hallo; tussen alle vreemde geluiden is jouw stem iets vertrouwds. Meer hoeft deze eerste keer niet. Je bent geen bezoeker maar de ouder, dus vraag gerust wat jij vandaag mag doen.

incubator-still-hands-hold =
    .title = Je eerste aanraking door het deurtje van de couveuse
    .body = Mag je vandaag je handen door de deurtjes van de couveuse steken? Vraag de verpleegkundigen eerst hoe je je handen wast en hoe jouw baby graag aangeraakt wordt. Vaak voelt een warme, stille hand prettiger dan strelen: laat je hand rustig liggen, bijvoorbeeld om de voetjes, en kijk wat je baby doet. Haal je hand daarna langzaam weg. Trillen je handen de eerste keer? Dat is heel gewoon.

tiny-baby-enough-signs-pause =
    .title = Lees het ‘even genoeg’ van je kleine baby
    .body = Let vandaag tijdens de verzorging op kleine signalen, zoals wegkijken, gespreide vingertjes, hikken, gapen, een frons of armpjes die wegschieten. Een te vroeg geboren baby krijgt vaak snel te veel prikkels en kan zo laten zien: even pauze. Stop dan, houd je hand stil en wacht tot je baby weer rustig wordt. Vraag de verpleegkundigen welke signalen jouw baby laat zien; elke baby doet het net anders.

kangaroo-care-ask-the-nurses =
    .title = Vraag wanneer je mag buidelen
    .body = Vraag vandaag wanneer je je baby huid op huid mag houden; op de afdeling heet dat vaak ‘buidelen’. Als het kan, leggen de verpleegkundigen je baby met draadjes en al op je blote borst, waar je warmte en hartslag kunnen helpen om rustig te worden. Draag iets wat van voren open kan, ga eerst naar de wc en zet water klaar. Blijf wakker en alert; word je slaperig, zeg het dan.

kangaroo-care-second-parent =
    .title = Buidelen is niet alleen voor wie bevallen is
    .body = Sta jij vaak naast de couveuse terwijl een ander buidelt, of ben jij niet degene die bevallen is? Vraag vandaag ook een eigen moment huid op huid. Je baby leert zo jouw geur, adem en hartslag kennen, en voor jou wordt het ouderschap er vaak ineens tastbaar door. Blijf wakker en alert. Spreek daarna met de verpleegkundigen een vaste tijd af, dan hoef je er niet steeds om te vragen.

kangaroo-slow-breathing-chest =
    .title = Tijdens het buidelen: adem rustig en doe niets
    .body = Ligt je baby vandaag huid op huid op je borst? Leg je telefoon weg, laat je schouders zakken en adem langzaam uit. Je baby beweegt mee op jouw ademhaling en voelt je hartslag; een rustig lijf dichtbij kan een klein stresssysteem helpen om te kalmeren. Praten of aaien hoeft niet: er zijn is genoeg. Merk je dat je zelf wegzakt, vraag dan een verpleegkundige om je baby terug te leggen.

tube-feed-as-contact =
    .title = Maak van de sondevoeding een moment samen
    .body = Krijgt je baby voeding via een sonde? Vraag vandaag of je erbij mag zijn, en of je het spuitje mag vasthouden of je baby tijdens de voeding bij je mag hebben, in de couveuse of huid op huid, terwijl jij wakker en alert bent. Leg een hand om je baby en praat zacht. Zo wordt eten, net als later aan borst of fles, een moment van warmte en nabijheid. Kan het vandaag niet, vraag dan wanneer wel.

feast-day-in-these-weeks =
    .title = Een feestdag in deze onrustige weken
    .body = Valt er in deze weken een feestdag of verjaardag, zoals Kerst, het Suikerfeest of de verjaardag van een broer of zus? Geef je baby vandaag een klein stukje van het feest: het feestlied zacht gezongen, een kaart bij de couveuse of het bedje, een foto van iedereen samen. Op de afdeling? Vraag de verpleging wat er kan. En vier gerust zelf ook mee; een feest overslaan maakt je geen betere ouder.

care-times-plan-your-visit =
    .title = Plan je bezoek rond een verzorgmoment
    .body = Vraag vandaag hoe laat de volgende verzorgmomenten van je baby zijn: luier, temperatuur, voeding. Vaak worden die bij elkaar gepland, zodat een kleine baby daartussen kan slapen; de verpleegkundigen weten hoe het bij jouw baby gaat. Kom zo dat je erbij bent en zelf iets mag doen. Je baby krijgt zo een herkenbaar ritme, met jou erin. Lukt het niet elke keer, kies dan één vast moment per dag.

nappy-change-in-the-incubator =
    .title = Verschoon je baby in de couveuse
    .body = Vraag een verpleegkundige vandaag om je te laten zien hoe je je baby in de couveuse verschoont, en doe het daarna zelf terwijl die meekijkt. Werk langzaam en vertel zacht wat je doet: ‘Nu gaat je luier open.’ Zo hoort je baby jouw stem bij jouw handen, en wordt een klusje een moment samen. De eerste keren voelt het onhandig; dat hoort erbij en het went.

one-care-task-becomes-yours =
    .title = Leer één verzorgtaak die van jou wordt
    .body = Kies vandaag met de verpleegkundige één taak die jij voortaan doet als je er bent, bijvoorbeeld de temperatuur opnemen, het gezichtje wassen of het mondje verzorgen; zij weten wat bij jouw baby past. Tussen alle wisselende diensten ben jij dan degene wiens handen steeds terugkomen. Lukt het vandaag nog niet zelf, kijk dan goed mee; de volgende keer neem jij het over.

nurses-card-what-calms-baby =
    .title = Vertel de verpleging wat jouw baby rustig maakt
    .body = Schrijf vandaag op een kaartje wat jij bij je baby ziet: hoe die het liefst ligt, wat rustig maakt, welk liedje je zingt. Vraag of het bij de couveuse mag hangen. De verpleegkundigen zorgen ook voor je baby als jij er niet bent, en zo gaat jouw kennis mee in hun handen. Vraag andersom wat zij hebben gezien; samen zijn jullie het team rond je baby.

ward-round-question-list =
    .title = Neem je vragen mee naar de artsenvisite
    .body = Houd vandaag in je telefoon een lijstje bij met alles wat je wilt weten, hoe klein ook. Vraag of je bij de artsenvisite of een oudergesprek mag aansluiten en neem het lijstje mee. Wie snapt wat er gebeurt, voelt zich minder toeschouwer en meer ouder, en dat geeft ruimte voor contact met je baby. Iets twee keer vragen is prima; op zo’n afdeling onthoudt niemand alles.

monitor-watch-baby-not-screen =
    .title = Kijk naar je baby, niet alleen naar het scherm
    .body = Vraag vandaag een verpleegkundige om één keer rustig uit te leggen wat de monitor laat zien, welke piepjes vaak onschuldig zijn, bijvoorbeeld als je baby beweegt of een plakker losraakt, en wanneer jij iemand roept. De verpleging houdt het scherm in de gaten. Kijk daarna bewust naar je baby zelf: het gezichtje, de handjes, hoe die ligt. Daar leer je je kind lezen.

heel-prick-hold-your-baby =
    .title = Houd je baby vast bij een hielprik of prik
    .body = Moet er vandaag iets vervelends gebeuren bij je baby, zoals een hielprik of een nieuw slangetje? Vraag of je erbij mag blijven en je handen stil om je baby heen mag houden, of je baby tegen je aan. Jouw nabijheid kan het lijfje helpen om na de schrik weer tot rust te komen. Blijf daarna nog even met je hand bij je baby. Is kijken te veel voor je? Dan mag je ook even weglopen.

see-your-baby-past-the-tubes =
    .title = Zoek je baby achter de slangetjes
    .body = Zie je vandaag vooral draadjes, pleisters of een kapje? Zoek dan bewust naar je baby zelf: de wenkbrauwen, het haar, de vorm van de oortjes, de teentjes. Op wie lijkt je baby? Zeg het hardop of schrijf het op. Zo zie je je kind in plaats van alleen de apparaten eromheen, en het gevoel ‘dit is mijn kind’ groeit vaak juist uit zulke details.

goodbye-ritual-at-the-incubator =
    .title = Een vast afscheid bij de couveuse
    .body = Moet je vandaag weer weg van de afdeling? Neem steeds op dezelfde manier afscheid: je hand nog even stil om je baby, dezelfde paar woorden, zoals ‘Slaap lekker, ik kom morgen terug’, en dan echt gaan. Een vast ritueel brengt iets herkenbaars in het weggaan en geeft jou een duidelijk einde, zodat weggaan minder als wegsluipen voelt. Zeg tegen de verpleegkundige wanneer je terugkomt.

go-home-to-sleep-allowed =
    .title = Naar huis om te slapen mag
    .body = Voelt het vanavond verkeerd om je baby achter te laten? Ga toch naar huis, of naar je kamer, om te slapen. ’s Nachts waken de verpleegkundigen, en jij hebt je krachten nodig voor de weken die komen, ook voor de tijd thuis. Vraag de verpleging of je voor het slapengaan even mag bellen om te horen hoe het gaat, en of dat ook kan als je midden in de nacht wakker ligt.

birth-parent-in-bed-recovering =
    .title = Nog niet bij je baby kunnen na de bevalling
    .body = Lig je na een keizersnede of een zware bevalling zelf nog in bed, of ben je ziek, en kun je niet naar je baby? Vraag of iemand je in een rolstoel of bed kan brengen, al is het maar even. Laat een naaste ondertussen foto’s en een kort filmpje maken. Dat anderen je baby eerst vasthouden, zegt niets over jullie band; die kan gewoon wat later beginnen.

short-ward-visit-still-counts =
    .title = Een kort bezoek telt ook
    .body = Werk je, heb je kinderen thuis of woon je ver weg, en lukt vandaag maar een kwartiertje? Ga toch. Was je handen, leg een hand om je baby, zeg zacht hallo en vertel één ding over je dag. Reken jezelf niet af op minuten: een baby heeft vooral iemand nodig die steeds terugkomt. Kun je een dag echt niet, bel dan de afdeling en vraag hoe het ging.

no-touching-today-stay-close =
    .title = Mag je vandaag niet aanraken? Blijf dichtbij
    .body = Is je baby vandaag zo kwetsbaar dat aanraken of buidelen niet kan? Ga dan naast de couveuse zitten en vraag de verpleging of zacht praten wel kan. Kijk naar wat je baby laat zien: een handje dat opengaat of sluit, een gezichtje dat verandert. Zo leer je je baby al kennen, ook zonder aanraking. Het voelt machteloos, maar dat je er bent, is nu al zorg.

eyes-open-bring-your-face-close =
    .title = Doet je baby de oogjes open? Kom dichtbij
    .body = Gaan de oogjes van je baby vandaag even open? Vraag of het licht wat gedempt kan, bijvoorbeeld met de hoes over de couveuse, en breng je gezicht rustig dichterbij. Zeg niets, of heel zacht iets. Veel baby’s kijken graag naar een gezicht, maar een heel kleine baby is vaak snel moe: gaan de oogjes weer dicht of kijkt je baby weg, dan was het genoeg.

twins-on-the-ward-each-a-moment =
    .title = Twee baby’s op de afdeling: elk een eigen moment
    .body = Liggen er twee (of meer) baby’s van jou op de afdeling? Geef vandaag elke baby een eigen moment: een keer buidelen terwijl je wakker en alert bent, een verzorging of gewoon even alleen met die ene. Zo leer je zien dat ze elk hun eigen signalen en tempo hebben. Is het de ene dag ongelijk verdeeld, dan is dat niet erg; kijk morgen wie aan de beurt is. Vraag de verpleging om mee te plannen.

transfer-to-hospital-near-home =
    .title = Overgeplaatst naar een ander ziekenhuis
    .body = Gaat je baby naar een ziekenhuis dichter bij huis, of is dat net gebeurd? Vraag of je bij het vervoer mag zijn of mag meerijden. Stel je op de nieuwe afdeling meteen voor als de ouder, laat je rondleiden en vraag wie je aanspreekpunt is. Voor je baby is alles nieuw: gezichten, geluiden, handen. Jij bent wat meegaat, en hoe sneller jij je er thuis voelt, hoe meer rust je meebrengt.

first-own-clothes-open-cot =
    .title = De eerste eigen kleertjes
    .body = Mag je baby uit de couveuse naar een open bedje, of mag die kleertjes aan? Neem vandaag een rompertje, mutsje of pakje van thuis mee en kleed je baby samen met de verpleegkundige aan. Iets wat jij hebt uitgekozen maakt voor veel ouders ineens voelbaar: dit is ons kind. Maak er gerust een foto van. Is het nog te vroeg, leg dan vast iets klaar in je tas.

first-drinks-baby-sets-the-pace =
    .title = Eerste keer drinken: je baby bepaalt het tempo
    .body = Gaat je baby vandaag oefenen met drinken aan de borst of uit een flesje? Houd je baby dicht tegen je aan en let op de signalen: zoekt het mondje, of draait het hoofdje weg en wordt je baby moe? Vraag de verpleegkundigen vooraf wat je doet als je baby stopt voordat de voeding op is. Drinken leren gaat meestal in kleine stapjes, in het tempo van je baby. De lactatiekundige kan ook meekijken.

rooming-in-before-going-home =
    .title = Samen op een kamer voordat je naar huis gaat
    .body = Vraag of je, voordat je baby naar huis gaat, een dag of nacht samen op een kamer op de afdeling kunt blijven. Neem dan alle zorg zelf op je: voeden, verschonen, troosten, ook ’s nachts, met de verpleging op de achtergrond. Zo merk je dat jij je baby kunt lezen, en ben jij voor je baby degene die komt. Twijfel je even, bel dan gerust: daarvoor is die nacht juist bedoeld.

parents-room-talk-to-another-parent =
    .title = Praat met een andere ouder in de ouderkamer
    .body = Zit je vandaag in de ouderkamer of bij de koffieautomaat naast een andere ouder? Vraag hoe het met diegene gaat. Niemand begrijpt dit leven tussen couveuse en thuis zo goed als iemand die het zelf meemaakt, en gedeelde zorgen voelen lichter. Vergelijk alleen geen grammen of stappen; elke baby heeft een eigen weg. Heb je vandaag liever stilte, dan is dat ook goed.

sibling-at-home-baby-in-hospital =
    .title = Broer of zus thuis, de baby in het ziekenhuis
    .body = Wacht er thuis een broer of zus terwijl jij steeds naar het ziekenhuis gaat? Vertel in simpele woorden waar de baby is en waarom, en laat een tekening maken die bij de couveuse mag hangen. Houd thuis zoveel mogelijk dezelfde vaste persoon en dezelfde gewoontes, zoals het slapengaan. Zo voelt ook het oudere kind zich veilig in deze onrustige weken. Vraag de afdeling wanneer het mag komen kijken.

corrected-age-count-from-due-date =
    .title = Wat ‘gecorrigeerde leeftijd’ betekent
    .body = Je baby is er al, maar voor de ontwikkeling tel je vanaf de uitgerekende datum: de gecorrigeerde leeftijd. Die gebruik je tot je kind ongeveer twee is. Is je baby twee maanden te vroeg geboren, dan past vier maanden na de geboorte vaak meer bij twee maanden. Ook deze tips volgen die leeftijd. Leg het vandaag uit aan opa’s, oma’s of vrienden, dan verwacht niemand te vroeg te veel.

tube-bottle-or-breast-bond-grows =
    .title = Sonde, fles of borst: de band groeit net zo goed
    .body = Krijgt je baby voeding via een sonde of fles, met moedermelk of kunstvoeding, en knaagt dat aan je? Hechting groeit niet uit de manier van voeden, maar uit wat eromheen gebeurt: je handen, je stem, je geur en steeds weer terugkomen. Let vandaag na een voeding op wat je baby bij jou doet, zoals een lijfje dat ontspant of een handje om je vinger. Dat is jullie band.

other-parent-helps-with-expressing =
    .title = Kolft de ander? Zo doe jij mee
    .body = Kolft de ouder die moedermelk geeft vandaag weer, thuis of in het ziekenhuis? Neem dan jouw deel: maak de onderdelen schoon, zet er een etiket op zoals de afdeling vraagt, breng de melk weg en ga er gewoon even naast zitten. Kolven is eenzaam werk, en gezelschap maakt het lichter. Zo zorg je samen voor je baby, ook al geef jij de melk niet zelf.

expressing-milk-is-not-a-contest =
    .title = Kolven is zwaar werk, geen wedstrijd
    .body = Kolf je vandaag weer, met de wekker ’s nachts en een oog op de flesjes? Zie de milliliters niet als bewijs van hoe goed je het doet. Veel ouders merken dat kolven makkelijker gaat bij de couveuse, na het buidelen of met een foto van hun baby erbij. Valt het tegen, vraag dan de lactatiekundige om hulp. En lukt het niet of stop je, dan ben je net zo goed de ouder die je baby nodig heeft.

hospital-costs-ask-for-help =
    .title = Parkeren, reizen, eten: vraag hulp bij de kosten
    .body = Lopen de kosten op door al dat heen en weer: parkeren, benzine of de trein, eten uit de automaat? Vraag vandaag de verpleging of de medisch maatschappelijk werker wat er kan, zoals een parkeerregeling voor ouders of een slaapplek dichtbij. Vraag ook je zorgverzekeraar of er iets vergoed wordt. Geldzorgen kosten energie die je liever aan je baby geeft, en om hulp vragen hoort bij deze weken.

preterm-talk-in-your-own-language =
    .title = Praat in je eigen taal tegen je baby
    .body = Spreek je thuis een andere taal dan de verpleegkundigen, of voelt Nederlands praten bij je baby onwennig? Praat en zing vandaag gewoon in de taal van je hart. Je baby heeft geen Nederlands nodig, maar jouw warme, vertrouwde klank, en in je eigen taal klink je vanzelf het meest als jezelf. Spreekt de andere ouder een andere taal? Dan krijgt je baby er een vertrouwde stem bij.

diary-for-your-preterm-baby =
    .title = Houd een dagboekje bij voor je baby
    .body = Begin vandaag een schrift of notitie aan je baby: ‘Vandaag hield ik voor het eerst je hand vast.’ Schrijf kleine eerste keren op, plak foto’s erbij en vraag of de verpleegkundigen er een regel in willen schrijven als jij er niet bent. Later lees je terug hoeveel jullie al samen deden, en ooit kan je kind het zelf lezen. Eén zin per dag is genoeg, en een dag overslaan ook.

not-feeling-like-my-baby-yet =
    .title = Voelt het nog niet als jouw baby?
    .body = Voelt je baby na alle apparaten en andermans handen nog niet echt als van jou? Veel ouders van een te vroeg geboren baby kennen dat, en het zegt niets over jou of jullie band. Zeg het vandaag tegen een verpleegkundige, de JGZ of iemand die je vertrouwt, en vraag wat die ziet dat je baby doet als jij er bent. Soms ziet een ander de band al voordat jij hem voelt; het gevoel komt vaak later.

guilt-about-the-early-birth =
    .title = Schuldgevoel over de vroege geboorte
    .body = Blijf je denken: had ik iets anders moeten doen, ligt het aan mij? Veel ouders voelen die schuld, en een vroege geboorte is zelden iemands schuld. Schrijf je vraag vandaag op en stel hem aan de arts of verloskundige; een eerlijk antwoord haalt er vaak de scherpste randjes af. Zeg het ook tegen iemand die dichtbij staat. Schuld hoeft niet tussen jou en je baby in te staan.

afraid-to-attach-come-close =
    .title = Bang om je te hechten? Ga toch dichtbij
    .body = Houd je jezelf een beetje in, omdat je bang bent dat het misgaat met je baby? Die angst is heel begrijpelijk, en veel ouders herkennen hem. Juist nu heeft je baby je nabijheid nodig, en dichtbij zijn kan ook jou troost geven. Begin klein: een hand, een liedje, een paar minuten. De angst hoeft niet weg te zijn voordat je mag beginnen.

ward-social-worker-or-psychologist =
    .title = Praat met iemand die hier verstand van heeft
    .body = Slaap je slecht, schiet je vaak vol of voel je juist niets meer sinds de geboorte? Vraag op de afdeling naar de medisch maatschappelijk werker of de psycholoog; die zijn er voor ouders zoals jij. Ben je al thuis, vertel het dan je huisarts of het consultatiebureau. Houden somberheid of angst langer dan twee weken aan, of voel je al zo lang geen vreugde, zeg het dan zeker. Hulp vragen is sterk.

parents-cope-differently-with-worry =
    .title = Ieder draagt de zorgen op een eigen manier
    .body = Wil de een alles weten over zuurstof en grammen, terwijl de ander liever stil bij de baby zit of zich op het werk stort? Mensen gaan verschillend om met angst, en dat is geen gebrek aan liefde. Vraag elkaar vandaag: ‘Wat helpt jou nu?’ en luister zonder te verbeteren. Sta je er alleen voor? Stel die vraag dan aan jezelf, en aan één iemand die je vertrouwt.

one-news-message-for-everyone =
    .title = Eén bericht voor iedereen die nieuws wil
    .body = Stromen de appjes binnen met ‘Hoe is het met de kleine?’ Kies vandaag één persoon die het nieuws voor jullie doorgeeft, of stuur één bericht naar een groep en zet de rest op stil. Zo gaat je energie naar je baby in plaats van naar je telefoon, en blijft de kring om je baby klein en rustig. Laat die persoon ook de vragen over bezoek opvangen.

family-helpers-get-a-practical-job =
    .title = Geef opa, oma of vrienden een klus
    .body = Willen familie en vrienden graag helpen, maar kunnen ze niet allemaal bij de baby komen? Geef ze vandaag een concrete klus: een maaltijd, de was, rijden naar het ziekenhuis, tijd met een ouder kind. Zo helpen ze echt, en houd jij je aandacht voor je baby. Hun eigen band met je baby komt later, als er rust is: een grootouder of vriend die vaak komt, wordt dan vanzelf vertrouwd.

ask-work-about-leave-options =
    .title = Vraag op je werk wat er kan met verlof
    .body = Raakt je verlof op terwijl je baby nog in het ziekenhuis ligt, of zie je op tegen weer beginnen? Vraag vandaag je werkgever of de personeelsafdeling wat er in jouw situatie kan; als een pasgeborene in het ziekenhuis ligt, zijn er soms extra mogelijkheden. Minder zorgen en een duidelijk plan geven je ruimte om bij je baby te zijn. Zie je op tegen het gesprek, neem dan iemand mee.

follow-up-talk-about-the-birth =
    .title = Vraag een nagesprek over de bevalling
    .body = Spookt de bevalling nog door je hoofd: hoe snel het ging, wat er gezegd werd, wat je niet meer weet? Vraag vandaag een nagesprek aan bij de verloskundige of gynaecoloog die erbij was; dat kan ook voor wie ernaast stond. Een geboorte is een enorme overgang, en gaten in het verhaal kunnen tussen jou en je baby in blijven zitten. Een kloppend verhaal maakt ruimte.

welcome-ritual-from-your-tradition =
    .title = Een welkomstritueel uit je eigen traditie
    .body = Hoort er in je familie of geloof iets bij een geboorte: een gebed in het oor, een zegen, een lied, een naam die hardop klinkt? Kwam het er in alle drukte nog niet van, of ging het anders dan je wilde? Doe het vandaag alsnog, of nog een keer; vraag op de afdeling om een rustig moment. Zo wordt je baby verwelkomd als deel van jullie familie, en dat is het vieren waard, waar je ook bent.

tell-your-baby-about-home =
    .title = Vertel je baby over thuis
    .body = Vertel je baby vandaag hoe het thuis is: de kamer waar het bedje staat, de kat, een broer of zus die steeds vraagt wanneer de baby komt, de geur van het eten. Je baby begrijpt de woorden niet, maar hoort een rustige, warme stem die over iets vertrouwds praat. En voor jou wordt thuiskomen alvast een beetje echt. Is je baby al thuis? Geef dan een rondleiding door het huis.

parent-alone-one-steady-companion =
    .title = Alleen? Kies één vaste persoon naast je
    .body = Sta je er als ouder alleen voor, op de afdeling of straks thuis? Kies vandaag één vaste persoon die met je mee kan: om naast je te zitten, mee te luisteren naar de verpleging en je soms af te lossen bij de verzorging of het buidelen, als de afdeling dat toestaat. Voor je baby wordt die persoon een vertrouwd gezicht naast jou, en voor jou een steun die het verhaal al kent.

no-comparing-with-term-babies =
    .title = Vergelijk niet met baby’s die op tijd kwamen
    .body = Zie je online of in de familie baby’s die rond dezelfde tijd zijn geboren en al thuis zijn of groter lijken? Leg die vergelijking vandaag bewust weg. Je baby volgt een eigen weg, met de uitgerekende datum als beginpunt, en die weg meet je niet af aan een ander. Vergelijk je baby hooguit met zichzelf van vorige week, en zie wat er al veranderd is.

mark-the-due-date =
    .title = Maak iets van de uitgerekende datum
    .body = Komt de uitgerekende datum in zicht? Bedenk vandaag hoe je die dag wilt markeren: een taart, een foto om naast de allereerste te leggen, een brief aan je baby of gewoon een rustige dag samen. Het is een tweede verjaardag die alleen te vroeg geboren baby’s hebben, en een moment om te zien wat jullie samen al hebben doorstaan. Voelt het juist dubbel? Dan mag dat ook.

hum-softly-during-care =
    .title = Neurie zacht tijdens de verzorging
    .body = Neurie vandaag tijdens het verschonen of wassen zacht een melodie, steeds dezelfde. Neuriën is zachter dan zingen en vult een kleine ruimte, zoals een couveuse of wiegje, niet met te veel geluid. Je baby krijgt zo een rustige draad door de verzorging heen, en jouw eigen adem wordt er vanzelf trager van. Lijkt het je baby vandaag te veel, neurie dan alleen aan het eind.

who-to-call-card-for-home =
    .title = Wie bel je waarvoor? Eén briefje voor thuis
    .body = Gaat je baby binnenkort naar huis, of is die er net? Vraag de verpleging wie je belt bij welke zorg, overdag en ’s nachts: de afdeling, je huisarts, de huisartsenpost, het consultatiebureau. Schrijf het met de nummers op één briefje en hang het op de koelkast, zodat ook een oppas of opa het vindt. Thuis staat er geen verpleging naast je, en weten wie je belt, geeft rust.

preterm-back-sleeping-at-home =
    .title = Thuis slaapt je baby altijd op de rug
    .body = Lag je baby op de afdeling soms op de buik of zij, aan de monitor? Thuis gaat het anders: je baby slaapt altijd op de rug, in een eigen bedje, en tot 12 maanden ligt er niets zachts in: geen knuffel, doekje of kussen. Ook als je baby buikligging gewend is. Vraag de verpleging hoe je dat vóór het ontslag al oefent en wat er verder voor jouw baby geldt; ben je al thuis, bel dan de afdeling.

bring-the-ward-rhythm-home =
    .title = Neem het ritme van de afdeling mee naar huis
    .body = Gaat je baby binnenkort naar huis, of is die er net? Vraag de verpleging welk dagritme ze voor thuis aanraden en zet het op papier: hoe vaak voeden, wanneer verzorgen, wanneer slapen. Houd dat de eerste tijd ongeveer aan, en voeg één vast moment van jezelf toe, zoals een liedje voor het slapen. Zo verandert er voor je baby niet alles tegelijk. Daarna mag het langzaam jullie eigen ritme worden.

first-nights-home-without-monitor =
    .title = De eerste nachten thuis, zonder monitor
    .body = Is het thuis stil zonder de piepjes van de afdeling, en lig je steeds te luisteren of je baby wel ademt? Dat overkomt heel veel ouders. Spreek voor de eerste nachten af wie wanneer slaapt, of vraag iemand om een nacht te blijven. Leg je baby op de rug in het eigen bedje, dicht bij je. Maak je je echt zorgen, bel dan de afdeling zoals afgesproken, je huisarts of ’s nachts de huisartsenpost.

home-visitors-healthy-clean-hands =
    .title = Bezoek thuis: gezond, handen gewassen, kort
    .body = Wil iedereen je baby nu eindelijk zien? Zeg er bij het afspreken bij: kom alleen als je gezond bent, was bij binnenkomst je handen en kus de baby niet op het gezichtje. Houd het kort en rustig; een baby die te vroeg kwam, krijgt vaak snel te veel prikkels en kan soms makkelijker ziek worden. Vraag het consultatiebureau of de afdeling wat er verder voor jouw baby geldt, zeker in de winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg en JGZ na de thuiskomst
    .body = Is je baby (bijna) thuis? Vraag of er nog kraamzorg kan komen, en noteer wanneer de JGZ-verpleegkundige of het consultatiebureau langskomt; soms houdt ook het ziekenhuis je baby nog een tijd in de gaten. Vertel hun wat je op de afdeling over je baby leerde: wat rustig maakt, hoe het drinken gaat. Dan bouwen ze daarop voort, en staan er een paar vaste gezichten om je heen.

sibling-meets-baby-at-home =
    .title = Als broer of zus de baby thuis ontmoet
    .body = Komt de baby thuis bij een broer of zus die wekenlang heeft gewacht? Laat het oudere kind vandaag één klein ding doen, zoals een rompertje aangeven of een liedje zingen, en zeg hardop wat je ziet: ‘Spannend, hè?’ of ‘Je hebt mij ook gemist.’ Jaloers of stil zijn hoort erbij. Plan ook een kwartiertje dat alleen voor het oudere kind is.

first-bath-at-home-after-ward =
    .title = Het eerste badje thuis
    .body = Ga je je baby thuis voor het eerst in bad doen, zonder verpleegkundige ernaast? Doe het zoals je het op de afdeling leerde: een warme kamer, alles binnen handbereik, je baby misschien in een doek gewikkeld, zoals de verpleging liet zien. Laat je baby langzaam in het water zakken en vertel zacht wat je doet. Houd het kort. Gaat het niet, dan is een washandje ook prima.

feeding-at-home-you-know-your-baby =
    .title = Thuis voeden: jij kent je baby al
    .body = Geef je thuis de eerste voedingen zonder iemand die meekijkt, en twijfel je of je het goed doet? Op de afdeling heb je al veel geleerd: hoe je baby honger laat zien, wanneer het genoeg is, welke houding fijn is. Zeg vandaag bij één voeding hardop wat je ziet: ‘Je zoekt, je hebt honger.’ Zo hoor je hoeveel je al weet. Twijfel je over drinken of groei, vraag het consultatiebureau.
