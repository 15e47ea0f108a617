wobbly-walker-sits-down-look-first =
    .title = Plof, op de billen: kijk eerst naar het gezichtje
    .body = Zet je kind de eerste stapjes en ploft het steeds op de billen? Wacht een tel voordat je “Oei!” roept of erheen rent, en kijk naar het gezichtje. Vaak kijkt je kind eerst naar jou, om te zien hoe erg het is. Een rustig, vriendelijk gezicht zegt: dit kun je aan. Krabbelt het zelf overeind? Knik trots. Echte tranen? Dan ben je er meteen.

through-the-tunnel-you-at-the-end =
    .title = Door de tunnel: jij wacht aan het eind
    .body = Is er in de speeltuin een kruiptunnel, of bouw je er thuis een van stoelen en een deken? Laat je kind aan de ene kant naar binnen kruipen en wacht zelf aan de andere kant, gehurkt, je gezicht in de opening: “Waar ben je? … Daar ben je!” Even alleen in het donker, en aan het eind jouw gezicht: weggaan en terugvinden, in het klein. Blijft je kind halverwege zitten? Praat zacht door de opening.

walking-the-last-stretch-yourself =
    .title = Het laatste stukje loopt je kind zelf
    .body = Wil je kind niet meer in de buggy, maar is de hele weg lopen nog te ver? Spreek een vast stukje af dat het zelf loopt, aan je hand: van de hoek tot de voordeur, of door het park naar de bakker. Kies een rustig stuk zonder drukke oversteek. Zelf lopen naast jou voelt groot en veilig tegelijk. Moe? Dan terug in de buggy; morgen weer een stukje.

family-pet-walks-away-read-it =
    .title = Loopt het huisdier weg? Kijk wat het zegt
    .body = Wil je kind de kat of hond steeds aanhalen, ook als die wegloopt? Kijk samen en zeg hardop wat het dier laat zien: “Poes loopt weg en haar staart zwiept. Ze wil even niet.” Ga met je kind op de grond zitten en wacht tot het dier zelf komt snuffelen; dan mag er een hand over de rug. Zo ontdekt je kind dat een ander ook iets voelt, en soms nee zegt. Laat een dreumes nooit alleen met een huisdier.

bump-on-the-head-comfort-first =
    .title = Hoofd gestoten? Eerst troosten, dan opletten
    .body = Stootte je kind het hoofd tegen de tafelrand, of viel het op de stoep? Til het op en troost eerst, rustig: “Au, je hoofd. Ik heb je.” Let daarna een dag en een nacht goed op je kind. Wordt je kind suf, moet het overgeven of is het anders dan anders? Bel dan de huisarts, of ’s avonds en in het weekend de huisartsenpost. Twijfel is genoeg reden om te bellen.

the-big-cardboard-box =
    .title = Een grote doos is het beste speelgoed
    .body = Komt er een pakket? Bewaar de grote doos, haal nietjes en plakband eraf en zet hem open op de grond. Wacht af wat je kind ermee doet: erin klimmen, zich verstoppen, duwen, erop trommelen. Jij hoeft niets te bedenken; kijk, en doe mee als je gevraagd wordt. Een doos kan alles zijn, en dat ontdekt je kind zelf. Over een week is het misschien een auto.

walking-together-on-your-feet =
    .title = Samen lopen, op jouw voeten
    .body = Zet je kind met blote voetjes op jouw blote voeten, met het gezicht naar je toe, en houd beide handjes stevig vast. Loop langzaam door de kamer: grote stappen, kleine stappen, en stop! “Stap… stap… en… stil!” Je kind voelt jouw evenwicht en ritme, en kijkt omhoog naar je gezicht. Samen bewegen als één lijf geeft houvast en gegiechel tegelijk. Wil je kind eraf? Dan loopt het zelf verder, naast jou.

beach-the-sea-from-your-arms =
    .title = Op het strand: de zee vanaf jouw arm
    .body = Naar het strand? Veel dreumesen vinden zand onder hun voeten en aanrollende golven eerst vreemd. Draag je kind naar de waterlijn, laat de tenen het water voelen en loop terug. Wil het zelf? Houd een hand vast en blijf binnen armlengte: bij water geen moment los. Jouw arm maakt de grote zee klein genoeg. Geen zin in zand? Een handdoek wordt een eigen eilandje.

lost-sight-of-you-in-the-shop =
    .title = Even kwijt in de winkel
    .body = Liep je kind in de winkel om een rek heen en zag het jou ineens niet meer? Ook al duurde het maar een paar tellen, voor je kind was het echt schrikken. Ga door je knieën, neem het in je armen en zeg wat er gebeurde: “Je zag mij niet meer. Dat was eng. Ik ben hier.” Zo leert je kind dat schrik weer zakt. De rest van de boodschappen: hand in hand.

water-tub-on-the-balcony =
    .title = Een teil water op het balkon of in de tuin
    .body = Warm genoeg? Zet een teil met een laagje lauw water buiten, met bekertjes, een zeef en een lepel. Ga ernaast zitten en laat je kind gieten, spetteren en overschenken. Water houdt kinderen lang bezig, met jou dichtbij. Blijf er de hele tijd naast, want een klein kind kan ook in een laagje water verdrinken, en gooi de teil leeg als jullie klaar zijn.

puddles-in-wellies-together =
    .title = Regen? Laarzen aan en de plassen in
    .body = Regent het en wil je kind naar buiten? Trek regenjassen en laarzen aan, ook bij jezelf, en ga samen plassen zoeken. Laat je kind stampen en springen, en doe zelf ook mee: een grote plons van jou is voor een dreumes zo ongeveer het mooiste wat er is. Zo deel je het plezier, in plaats van alleen te bewaken dat het droog blijft. Thuis wachten warme sokken.

shape-sorter-as-a-hat =
    .title = De vormenstoof als hoed? Prima
    .body = Zet je kind de vormenstoof op het hoofd, of bouwt het een toren van treinrails? Laat het zo. Je hoeft niet voor te doen hoe het ‘hoort’; je kind onderzoekt wat een ding allemaal kan. Zeg wat je ziet: “Wat een hoed!” Een kind dat op zijn eigen manier mag spelen, durft te proberen en voelt zich gezien. Het blokje door het gaatje komt op een dag vanzelf.

holiday-mark-your-own-spot =
    .title = Op vakantie: maak jullie plek herkenbaar
    .body = Op een camping of vakantiepark waar alle tenten of huisjes op elkaar lijken? Hang samen iets herkenbaars bij jullie plek: een vlaggetje, een windmolentje, een felle handdoek aan de lijn. Vraag bij elke terugkomst: “Waar is ons huisje? Zie jij de vlag?” en laat je kind hem aanwijzen. Zo heeft je kind op een vreemde plek één vast punt dat van jullie is. De vlag mag daarna mee naar huis.

stop-at-every-kerb =
    .title = Bij elke stoeprand: stop
    .body = Loopt je kind steeds vaker zelf op straat? Maak van elke stoeprand een vast moment, ook in een rustige straat: stoppen, hand in hand, links en rechts kijken, dan pas samen oversteken. Zeg steeds dezelfde woorden: “Stoep. Stop. Kijken.” Verkeer inschatten kan een dreumes nog lang niet, maar de gewoonte groeit al. Jij houdt de hand vast.

their-scribble-up-on-the-wall =
    .title = Een krabbel van je kind, aan de muur
    .body = Krast je kind al graag met een dik krijtje? Plak een groot vel papier op tafel, ga erbij zitten en laat het krassen. Laat je kind daarna kiezen waar de krabbel hangt, op kindhoogte, en laat hem zien aan wie er thuiskomt: “Kom eens kijken wat hier hangt! Helemaal zelf gemaakt.” Zo voelt je kind: wat ik maak, doet ertoe. Gaat het krijtje vooral de mond in? Probeer het over een paar weken weer.

not-careful-but-what-helps =
    .title = Niet “Pas op!”, maar zeg wat helpt
    .body = Klimt je kind op het klimrek, de bank of een muurtje, en roep je steeds “Pas op!”? Zeg vandaag eens wat helpt: “Zet je voet op de tree. Hou je vast met twee handen.” Sta dichtbij, zonder vast te pakken. “Pas op” maakt een kind vooral onzeker; concrete woorden geven houvast en vertrouwen. Ontsnapt er toch een “Pas op!”? Geeft niks, de volgende zin helpt weer.

you-are-the-climbing-frame =
    .title = Jij bent het klimrek
    .body = Ga vandaag op de grond liggen en word een berg: laat je kind over je heen klimmen, op je buik zitten, van je knieën glijden. Houd je handen klaar en zeg wat je voelt: “Oef, wat ben jij zwaar!” Klimmen op jou geeft aanraking en gelach tegelijk, en je kind test zijn kracht op iemand die het vertrouwt. Trekt het aan je haar? Zeg “Au, zachtjes” en speel verder.

climb-as-high-as-they-get-alone =
    .title = Zo hoog als je kind zelf komt
    .body = Wil je kind op een klimrek dat eigenlijk nog te hoog is? Til het er liever niet op. Laat het zelf klimmen, zo ver als het komt, en sta eronder met je handen vlakbij. Wie zelf omhoog klom, weet meestal ook hoe het terug moet; een kind dat je erop zet, staat ergens zonder die ervaring. Volgende week komt het misschien een tree hoger, helemaal zelf.

open-field-you-walk-behind =
    .title = Op een groot grasveld: jij loopt achteraan
    .body = Op een groot grasveld of in de duinen, ver van het verkeer? Laat je kind vooroplopen en loop jij een paar meter erachter. Niet roepen of sturen, alleen volgen. Je kind kiest de richting, kijkt af en toe om en ziet jou steeds. Zo ervaart het: ik mag ontdekken, en iemand let op me. Komt er toch water, een fietspad of een hond in zicht? Loop dan naast je kind en pak een hand.

im-coming-to-get-you-chase =
    .title = “Ik kom je pakken!”
    .body = Rent je kind giechelend van je weg en kijkt het om of je eraan komt? Speel mee, thuis of op een veilig grasveld: “Ik kom je pakken!”, met grote, langzame stappen. Vang je kind, knuffel het en laat het weer los. Weglopen en gevangen worden is een spel over weggaan en terugkomen, met jou als blij eindpunt. Bij de straat is het geen spel; daar houd je een hand vast.

treasure-bag-for-the-walk =
    .title = Een schattenzakje voor onderweg
    .body = Raapt je kind onderweg elke steen, elk blad en elk stokje op? Geef het vandaag een eigen zakje of emmertje mee voor de schatten. Thuis leggen jullie ze samen op tafel: “Deze steen vond je bij de brug.” Zo zeg je: wat jij belangrijk vindt, is mijn aandacht waard. Kleine dingen verdwijnen makkelijk in een mondje, dus kijk mee en houd het zakje bij je.

toddler-wants-to-stroke-every-dog =
    .title = Wil je kind elke hond aaien?
    .body = Rent je kind op elke hond af? Pak een hand en stop een paar passen ervoor. Vraag het baasje: “Mag mijn kind hem aaien?” Is het goed, laat de hond dan eerst aan de rug van het handje snuffelen en aai samen over de rug, niet over de kop. Is het nee, zwaai dan: “Dag hond!” Zo mag je kind nieuwsgierig zijn, met jou als degene die zegt wanneer het veilig is.

balancing-on-a-log-one-finger =
    .title = Balanceren op een boomstam: bied een vinger
    .body = Wil je kind in het bos over een omgevallen boom lopen, of over een laag muurtje? Pak niet meteen een hand, maar steek één vinger uit en laat je kind kiezen of het die pakt. Loop mee, je vinger steeds vlakbij. Zo zoekt je kind zelf uit hoeveel steun het nodig heeft, en jij bent er als het wiebelt. Halverwege loslaten en dan snel weer grijpen? Allebei goed.

you-build-they-knock-down =
    .title = Jij bouwt, je kind gooit om
    .body = Gooit je kind elke toren om die jij bouwt? Maak er vandaag een spel van: bouw, wacht op de “boem” en doe verbaasd: “Hé! Alles om!” Bouw daarna opnieuw, zo vaak als je kind wil. Je kind bepaalt het spel, en jij gaat er steeds weer voor zitten. Dat voelt als: jij speelt mijn spel mee. Zet je kind daarna zelf een blokje bovenop? Dan bouwen jullie samen.

ride-on-you-walk-alongside =
    .title = Op de loopauto: jij loopt ernaast
    .body = Rijdt je kind op een loopauto of loopfiets? Laat het zelf met de voeten duwen en sturen, ook als het langzaam gaat of steeds tegen de heg aan rijdt. Loop ernaast, zonder te duwen of te trekken. Kies het park of een rustige stoep zonder uitritten: een dreumes kan nog niet remmen voor een auto. Zelf vooruitkomen met jou ernaast geeft een groot gevoel: ik kan het, en jij bent erbij.

busy-playground-quiet-corner =
    .title = Te druk in de speeltuin? Zoek een rustig hoekje
    .body = Is het stampvol in de speeltuin, met grote kinderen die rennen en gillen, en blijft je kind stokstijf staan? Loop samen naar een rustiger plek: de zandbak aan de rand, een bankje met uitzicht. Daar kan je kind kijken zonder midden in de drukte te staan. Te veel tegelijk is zwaar voor een dreumes. Of kom terug op een stiller moment, zoals vroeg in de ochtend.

one-hand-on-the-buggy =
    .title = Handen vol? Eén handje op de buggy
    .body = Heb je je handen vol aan boodschappen of de buggy, en loopt je kind naast je? Maak een vaste plek op de buggy voor zijn hand, met een lintje eraan: “Jouw hand hier, mijn hand daar.” Oefen eerst op een rustig stuk. Zo blijven jullie verbonden terwijl je kind zelf loopt. Bij een drukke oversteek pak je toch zijn hand.

a-scare-at-the-road-calm-down-after =
    .title = Schrik bij de straat: eerst samen zitten
    .body = Rende je kind ineens naar de weg, en greep je het met een schreeuw terug? Dat snelle, harde was precies goed. Nu trillen jullie allebei. Ga samen even zitten, op een bankje of muurtje aan de veilige kant, en houd je kind tegen je aan. Adem een paar keer lang uit: je kind voelt jouw lijf tot rust komen en zakt mee. Uitleggen kan later. Vertel het vanavond aan iemand; dan zakt de schrik bij jou ook.

a-plaster-for-every-bump =
    .title = Een pleister voor elk bultje
    .body = Wil je kind voor elk stootje een pleister, ook als je niets ziet? Neem de vraag serieus: kijk samen, blaas erop, en geef een kusje of een pleister. “Hier deed het pijn, hè?” Voor een dreumes gaat het minder om de pleister dan om iemand die ziet dat het pijn doet. Geen pleisters meer, of al de vierde vandaag? Een kusje en een hartje met pen werken net zo goed.

tea-at-your-toddlers =
    .title = Op de thee bij je kind
    .body = Geeft je kind je een leeg kopje of een bordje met ‘eten’? Neem het aan en speel de gast: blazen omdat het heet is, slurpen, “Mmm, lekker! Mag ik nog wat?” Je kind bepaalt wat er wordt ingeschonken. In dit fantasiespel oefent je kind met zorgen voor een ander, en geniet het ervan dat jij meedoet. Tien keer ingeschonken? Tien keer “dankjewel” is precies goed.

teddy-comes-to-new-places =
    .title = De knuffel gaat mee, en mag ook even wennen
    .body = Gaan jullie ergens nieuw heen, naar een feest of de tandarts? Laat je kind zijn vaste knuffel meenemen en betrek die erbij: “Beer kijkt ook even rond. Vindt hij het spannend?” Via de knuffel kan je kind laten zien hoe het zich voelt, zonder dat het over zichzelf hoeft te gaan. En iets vertrouwds in de armen maakt een nieuwe plek kleiner. Bij het weggaan: “Beer, zwaai je even?”

only-your-lap-today =
    .title = Vandaag alleen op schoot? Ook goed
    .body = Rent je kind normaal meteen naar de glijbaan, maar blijft het vandaag op je schoot? Misschien is het moe, wordt het ziek of is er thuis iets veranderd. Dwing niets: een kind gaat pas ontdekken als het zich veilig genoeg voelt, en vandaag is dat dicht bij jou. Kijk samen naar de anderen en laat je kind bijtanken. Morgen staat de glijbaan er ook nog.

a-bit-of-boredom-is-fine =
    .title = Even niks te doen? Dat mag
    .body = Hangt je kind wat rond, zonder spel of plan? Je hoeft niet meteen iets te bedenken. Blijf in de buurt, ga door met je eigen ding en zeg: “Ik ben hier. Wat ga jij doen?” Een beetje verveling geeft ruimte om zelf iets te verzinnen, en dat kan een dreumes vaak beter dan je denkt: een pan, een doos, regendruppels op het raam. Echt moe of verdrietig? Dan is schoot beter.

scared-of-the-frame-after-a-fall =
    .title = Na een val: bang voor het klimrek
    .body = Is je kind van het klimrek gevallen en wil het er niet meer in de buurt komen? Zeg niet dat het niks was, en duw ook niet: “Je bent daar gevallen. Nu vind je het eng.” Ga er een volgende keer samen naar kijken, zonder te hoeven klimmen. Misschien wil je kind alleen de onderste tree, met jouw hand erbij. Angst die gezien wordt, zakt vaak sneller. Het tempo is van je kind.

pebbles-in-the-water-hand-on-coat =
    .title = Steentjes in het water, jouw hand aan de jas
    .body = Wil je kind steentjes in de sloot, de vijver of de gracht gooien? Leuk: plons, en kringen op het water! Ga vlak naast je kind aan de kant staan en houd een hand aan de jas of capuchon. Een dreumes kan nog niet inschatten hoe dichtbij te dichtbij is, en uitglijden gaat in een tel. Zeg het kort: “Bij het water houd ik je vast.” Zo genieten jullie allebei.

mud-allowed-old-clothes =
    .title = Modder mag: oude kleren aan
    .body = Wil je kind graven in de modder of de natte aarde? Trek vandaag oude kleren aan die vies mogen worden, en laat het kneden, scheppen en smeren. Doe even mee: handen in de modder, “Brr, koud en plakkerig!” Een ontspannen gezicht van jou zegt dat ontdekken mag, ook als het een troep wordt. Handjes uit de mond, en na afloop samen wassen. De wasmachine doet de rest.

road-of-tape-for-little-cars =
    .title = Een weg van tape op de vloer
    .body = Speelt je kind graag met autootjes? Plak vandaag met afplaktape een weg op de vloer, met een bocht en een parkeerplaats, en ga er zelf naast liggen. Laat je kind rijden waar het wil, ook dwars door de bocht, en rijd af en toe met een eigen auto achter de zijne aan: “Tuut tuut!” Op de grond liggen, op ooghoogte met je kind, zegt: ik ben er echt, bij jou.

dressing-up-in-your-shoes =
    .title = In jouw schoenen door de kamer
    .body = Sloft je kind rond in jouw schoenen, met jouw sjaal of pet? Speel verbaasd mee: “Wie komt daar binnen? O, ben jij het!” Zet een mand neer met oude kleren, tassen en hoeden, zodat verkleden vaker kan. Je kind probeert uit hoe het is om iemand anders te zijn, het liefst iemand die het bewondert: jou. Hoge hakken en lange sjaals alleen met jou erbij.

playing-doctors-after-a-visit =
    .title = Dokter spelen na de dokter
    .body = Is je kind bij de huisarts, het consultatiebureau of in het ziekenhuis geweest? Speel het thuis na met een knuffel: naar het hartje luisteren, een pleister plakken, “Even prikken, au!” Laat je kind de dokter zijn en jij de bezorgde ouder van de beer. In het spel is je kind de baas over wat spannend was, en dat helpt het te verwerken. Liever zelf patiënt? Dan ben jij een heel zachte dokter.

toddler-plays-at-being-you =
    .title = Je kind speelt jou
    .body = Vertrekt je kind met een tas “naar het werk”, kookt het in een pannetje of belt het met een blokje? Je kind speelt jou. Speel vandaag mee met omgedraaide rollen: jij bent het kind. “Ik heb honger! Mag ik op schoot?” Laat je kind zorgen, troosten of streng zijn, net als jij. Zo oefent het hoe het is om groot te zijn. En jij hoort welke woorden van jou zijn blijven hangen.

playing-without-a-quiz =
    .title = Spelen zonder overhoren
    .body = Vraag je tijdens het spelen vaak “Welke kleur is dit?” of “Wat zegt de koe?” Laat die vragen vandaag weg en vertel alleen wat je ziet: “Jij zet de rode op de blauwe!” Overhoren maakt van spelen een toets, met goed en fout. Vertellen zegt: ik kijk naar jou. Je kind krijgt evengoed woorden, en meer rust om te spelen. Vraagt je kind zelf “Wat is dat?” Dan geef je gewoon antwoord.

teddy-goes-away-and-comes-back =
    .title = Beer gaat weg… en komt terug
    .body = Speel vandaag een afscheid na met een knuffel, met de woorden die jij zelf zegt als je weggaat: “Dag! Ik kom terug na het eten.” Laat Beer zwaaien en wandel hem weg, achter de bank. Even later komt hij blij terug: “Daar ben ik weer!” Zo wordt het afscheid van elke dag een verhaal dat je kind kent, met een goed einde. Pakt je kind de knuffel zelf? Dan brengt het Beer weg, en zwaai jij.

on-your-backs-in-the-grass =
    .title = Samen op je rug in het gras
    .body = Droog en zacht weer? Ga in het park of de tuin samen op je rug in het gras liggen en kijk omhoog: wolken, een vliegtuig, bewegende bladeren. Zeg weinig, wijs af en toe: “Daar, een vogel.” Zo’n rustig moment samen vult je kind net zo goed als een uitje. Staat je kind na een minuut alweer op? Dan was die minuut genoeg. Blijf jij nog even liggen, als het kan.

no-need-for-a-packed-week =
    .title = Geen volle agenda nodig
    .body = Staat je week vol met peuterzwemmen, muziekles, speelafspraken en uitjes, omdat je kind toch iets moet beleven? Dat hoeft niet. Voor een dreumes zit een gewone dag al vol nieuws: de was, de vuilniswagen, de buurman met de hond, en jij erbij. Te veel programma maakt veel kinderen juist onrustig. Schrap deze week één afspraak en kijk hoe die vrije ochtend gaat.

absorbed-in-play-leave-them-be =
    .title = Helemaal verdiept? Laat je kind even
    .body = Is je kind helemaal verdiept in zijn spel, stenen sorteren of water overgieten? Onderbreek het niet met vragen, complimentjes of een beter idee. Blijf in de buurt en kijk. Zo geconcentreerd spelen is hard werken, en jouw rustige aanwezigheid maakt het mogelijk. Zoekt je kind je blik? Knik of glimlach, en laat het verdergaan. Het eten kan vaak best vijf minuten later.

a-den-of-their-own =
    .title = Een eigen hol onder de tafel
    .body = Kruipt je kind graag onder de tafel of achter de bank? Maak er een eigen hol van: een laken over de tafel, een kussen en een knuffel erin. Dit is de plek van je kind: klop aan voor je binnenkomt, en ga weg als je kind “nee” zegt. Een eigen hoekje waar het de baas is, geeft een dreumes rust en het gevoel dat er geluisterd wordt. Uitgenodigd? Kruip gerust mee naar binnen.

dolly-goes-to-bed-their-way =
    .title = De pop gaat naar bed, op de manier van je kind
    .body = Legt je kind een pop of knuffel in bed, met een dekentje en “Slaap lekker”? Speel mee, maar volg de versie van je kind: laat het bepalen wat de pop nodig heeft. Luister goed naar wat het zegt en doet. Zo hoor je vaak wat je kind zelf belangrijk vindt bij het slapengaan, zoals een lampje of die ene knuffel. Misschien neem je morgenavond iets over uit het spel.

baby-bird-in-the-nest =
    .title = Een vogeltje in het nest
    .body = Bouw vandaag van kussens en een deken een nest op de grond. Je kind is het vogeltje, jij de grote vogel die af en aan vliegt met een denkbeeldig wurmpje: “Tjiep tjiep, wie heeft er honger?” Spreid daarna je armen als vleugels en dek het vogeltje toe. Even klein zijn en verzorgd worden is voor een drukke ontdekker fijn bijtanken. Wil je kind daarna de grote vogel zijn? Dan zit jij in het nest.

same-toys-different-room =
    .title = Hetzelfde speelgoed, een andere plek
    .body = Is je kind hangerig en zegt het speelgoed hem niks meer? Verhuis het spel eens: de blokken naar de gang, de autootjes naar de keukenvloer, een bak met lepels en bekers naar het balkon. Op een andere plek zien bekende dingen er nieuw uit, en je hoeft niets te kopen. Jij gaat mee, met je koffie. Werkt het niet? Dan is je kind misschien moe, en is jouw schoot het beste.

sock-puppet-that-asks =
    .title = Een sokpop die vragen stelt
    .body = Trek een oude sok over je hand, teken er twee ogen op en laat de pop praten met een grappig stemmetje: “Hallo! Wat ben jij aan het doen?” Veel dreumesen reageren op een pop heel anders dan op jou: ze geven hem een kus, een hapje of een boze blik. Laat de pop vooral luisteren en verbaasd zijn. Wil je kind zelf de pop? Dan praat jij tegen de sok.

scared-of-the-lion =
    .title = Jij bent bang voor de leeuw
    .body = Speel vandaag dat je kind een leeuw of een dinosaurus is. Brult het? Schrik dan overdreven en verstop je achter een kussen: “Help, een leeuw!” Een dreumes is de hele dag klein tussen grote mensen; in dit spel mag het eens groot en sterk zijn. Kijkt je kind ineens onzeker? Kom dan lachend tevoorschijn: “Ik ben het gewoon, en jij bent mijn leeuw.”

bye-slide-see-you-tomorrow =
    .title = Dag zeggen tegen de glijbaan
    .body = Is weggaan uit de speeltuin elke keer een strijd? Maak er een vast afscheidsrondje van: “Dag glijbaan, dag schommel, dag eendjes. Tot morgen!” Laat je kind zwaaien of even op de glijbaan tikken. Een vast ritueel maakt van een plotselinge stop een afsluiting met een belofte: het is er morgen nog. Protest mag ook; je zegt nog één keer “tot morgen” en jullie gaan.

people-watching-from-a-bench =
    .title = Samen mensen kijken vanaf een bankje
    .body = Zit je met je kind op een bankje, op het plein of bij het station? Kijk samen naar wie er langskomt en vraag je hardop af wat er in hen omgaat: “Die meneer rent. Zou hij de bus willen halen?” “Die hond trekt aan de riem. Hij wil vast naar huis.” Zo hoort je kind dat iedereen iets wil en voelt, ook wie je niet kent. Wijst je kind zelf iemand aan? Verzin er samen een verhaaltje bij.

out-with-a-torch =
    .title = Met een zaklamp naar buiten
    .body = Wordt het vroeg donker? Trek jassen aan en ga na het eten even samen naar buiten, met een zaklamp die je kind zelf vasthoudt. Schijn op een boom, een fiets, de brievenbus. Het donker is spannend en een beetje eng; met jouw hand erbij wordt het een avontuur. Kort is genoeg. Is het nog lang licht? Doe thuis de gordijnen dicht en zoek met de zaklamp de knuffels.

the-same-horse-every-week =
    .title = Elke week naar hetzelfde paard
    .body = Is er bij jou in de buurt een wei met een paard, geiten of eenden? Maak er een vaste wandeling van, bijvoorbeeld op zaterdagochtend. Onderweg vertel je al: “We gaan naar het paard. Zou hij er zijn?” Een uitje dat steeds terugkomt geeft je kind iets om naar uit te kijken, en iets wat klopt. Is het paard er een keer niet? “Hij is ergens anders. Volgende week weer.”

bus-or-train-by-the-window =
    .title = In de bus of trein: samen bij het raam
    .body = Ga je met je kind met de bus of de trein? Neem het op schoot of zet het naast je bij het raam, en kijk samen naar buiten: “Kijk, een brug. Nu stoppen we.” Geluiden, deuren en vreemde mensen zijn veel tegelijk; jouw arm om je kind en jouw stem zijn het vaste punt in een rijdende wereld. Bijna uitstappen? Zeg het een halte van tevoren.

day-out-leave-on-a-high =
    .title = Een dagje uit: ga weg op een hoogtepunt
    .body = Naar de dierentuin, een pretpark of een festival? Voor een dreumes is zo’n dag een storm van geluid, mensen en indrukken. Let op de eerste tekens dat het genoeg is: in de ogen wrijven, hangen, zeuren of juist heel druk worden. Ga dan naar huis of een rustig plekje, ook als je niet alles gezien hebt. Een kort uitje dat goed afloopt, is meer waard dan een lang uitje vol tranen.

merry-go-round-wave-each-time =
    .title = In de draaimolen: zwaaien bij elk rondje
    .body = Wil je kind in de draaimolen, maar durft het nog niet alleen? Rijd de eerste keer mee. Wil het daarna zelf, ga dan op een vaste plek langs de kant staan, waar je kind je elk rondje ziet, en zwaai steeds: “Daar ben je weer!” Weg en weer terug, en jij staat er telkens: een oefenrondje in loslaten. Kijkt je kind angstig? Vraag of de molen kan stoppen.

hiding-in-the-shop-is-no-game =
    .title = Verstoppen in de winkel is geen spel
    .body = Verstopt je kind zich graag tussen de kledingrekken, of rent het giechelend weg in de winkel? Thuis is verstoppertje heerlijk, buiten de deur niet. Spreek het vooraf kort af: “In de winkel blijf je bij mij. Verstoppen doen we thuis.” En houd je woord: speel die middag thuis echt verstoppertje. Zo hoeft je kind het spel niet op te geven; het krijgt een eigen plek.

do-you-know-the-way =
    .title = “Weet jij de weg?”
    .body = Loop je vaak dezelfde route, naar de speeltuin of de bakker? Vraag onderweg eens: “Weet jij de weg? Laat maar zien!” Volg je kind bij de bochten, ook als het de verkeerde kant op gaat, en loop zelf aan de straatkant. Jou de weg wijzen geeft een groot gevoel: ik ken mijn wereld, en jij loopt met mij mee. Verkeerd gelopen? Dan zoeken jullie samen de weg terug.

rolling-down-a-grassy-slope =
    .title = Samen van een grasheuvel rollen
    .body = Is er in het park een zachte grashelling of een duin, zonder struiken of water onderaan? Ga bovenaan liggen en rol samen naar beneden, je kind vlak naast je. Beneden: gras in je haar, gelach en een knuffel. Zo’n wilde beweging met jou erbij is spannend en veilig tegelijk. Wordt je kind duizelig of verdrietig? Blijf dan samen zitten tot de wereld weer stilstaat.

carrying-everything-here-to-there =
    .title = Alles van hier naar daar slepen
    .body = Sjouwt je kind de hele dag dingen van de ene kamer naar de andere, stopt het alles in tassen en haalt het er weer uit? Het lijkt doelloos, maar dit is serieus spelen: vullen, dragen, legen. Geef je kind een eigen tas of mandje en laat het zijn gang gaan. Vraag eens: “Wat breng je me?” en neem de levering aan. Sleutels kwijt? Kijk eerst in het mandje.

painting-the-fence-with-water =
    .title = De schutting verven met water
    .body = Geef je kind buiten een emmertje water en een grote kwast, en laat het de schutting of de stoep ‘verven’. Het water maakt donkere vlekken die langzaam verdwijnen, dus het kan eindeloos. Pak zelf ook een kwast en vraag: “Waar moet ik verven?” Je kind is de baas van de klus, en dat geeft een groot gevoel. Blijf erbij en gooi de emmer daarna leeg.

your-toddler-directs-the-story =
    .title = Je kind is de regisseur
    .body = Speelt je kind met poppetjes, dieren of auto’s een verhaaltje? Vraag vandaag bij elke stap: “En wat gaat de koe nu doen?”, en doe wat je kind zegt, ook als het nergens op slaat. De koe vliegt? Dan vliegt de koe. Zo merkt je kind dat zijn ideeën tellen en dat jij meespeelt in zijn wereld. Zegt je kind nog weinig? Dan wijst of duwt het, en ook dat is regie.

pretend-to-sleep-be-woken =
    .title = Doe alsof je slaapt, en laat je wekken
    .body = Ga op de bank of de grond liggen, doe je ogen dicht en snurk hardop. Maakt je kind je wakker, met een por, een kus of “Wakker worden!”? Schrik wakker en roep blij: “Daar ben je!” En nog eens. Even weg en toch dichtbij, en je kind bepaalt wanneer je terugkomt: veel dreumesen kunnen dit eindeloos spelen. En jij ligt even. Ruilen mag ook: nu slaapt je kind en maak jij het wakker.

jump-and-i-will-catch-you =
    .title = “Spring maar, ik vang je!”
    .body = Wil je kind van een laag muurtje of de rand van de zandbak springen? Ga er vlak voor staan, armen open, en tel samen: “Een, twee… drie!” Vang je kind op en zet het weer neer. Nog een keer? Elke sprong in je armen zegt: als ik iets durf, ben jij er. Kies een lage plek met zachte grond eronder. Springt je kind liever zelf, met twee voeten tegelijk? Houd dan alleen een hand vast, en juich.
