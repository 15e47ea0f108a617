another-child-cries-yours-too =
    .title = Ein anderes Kind weint, und deins weint mit?
    .body = Fängt dein Kind an zu weinen, sobald ein anderes Kind weint, auf dem Spielplatz oder bei Freunden? Kleine Kinder spüren fremden Kummer manchmal, als wäre es ihr eigener. Hol dein Kind zu dir und sag ruhig: „Der Junge ist traurig. Sein Papa tröstet ihn. Du bist hier bei mir.“ So merkt dein Kind, dass der Kummer anderer nicht gefährlich ist. Diese Feinfühligkeit ist ein früher Anfang von Mitgefühl.

bath-over-a-warm-towel-waiting =
    .title = Nicht raus aus der Wanne? Ein Handtuch wartet
    .body = Protestiert dein Kind, sobald das Baden vorbei ist? Gib ihm etwas, worauf es zugehen kann: Halte ein warmes Handtuch weit auf, sag „Ab ins Handtuchnest!“ und wickle dein Kind fest ein, mit einer Umarmung. Aufhören fällt leichter, wenn danach etwas Schönes wartet. Wärm das Handtuch vorher auf der Heizung an. Und solange dein Kind im Wasser sitzt, bleibst du direkt dabei.

count-your-noes-change-the-room =
    .title = Zähl deine Neins und ändere den Raum
    .body = Hörst du dich den ganzen Tag „Nein“ sagen, zum Blumentopf, zu den Kabeln, zur untersten Schublade? Zähl einen Vormittag lang, wie oft und wofür. Für jedes Nein, das immer wiederkommt: Ändere den Raum statt deines Kindes. Stell es höher oder hinter eine Tür. Dein Kleinkind kann mehr entdecken, und die übrigen Neins bekommen mehr Gewicht. Ruhiger ist es auch, für euch beide.

scared-of-the-hand-dryer =
    .title = Angst vor dem Händetrockner oder der Spülung?
    .body = Erschrickt dein Kind auf einer öffentlichen Toilette vor dem dröhnenden Händetrockner oder der lauten Spülung? Du musst es nicht dazu zwingen. Spül erst, wenn es schon an der Tür steht, trockne die Hände mit Papier oder haltet euch zusammen die Ohren zu: „Jetzt kommt der Lärm … und vorbei!“ So bekommt dein Kind Kontrolle über etwas Unheimliches. Später will es oft selbst auf den Knopf drücken.

screaming-in-the-car-while-you-drive =
    .title = Brüllt dein Kind im Auto, während du fährst?
    .body = Brüllt oder windet sich dein Kind im Kindersitz, während du fährst? Behalte die Straße im Blick und sprich ruhig: „Ich hör dich. Du bist wütend. Gleich halte ich an.“ Sing ein vertrautes Lied. Halte an, sobald es sicher geht, auf einem Parkplatz, und tröste dann richtig. Schnall es unterwegs nie ab und greif nicht nach hinten. Kurz weinen im sicheren Sitz, mit deiner Stimme dabei, schadet nicht.

the-look-before-the-forbidden-thing =
    .title = Der Blick kurz vor dem verbotenen Ding
    .body = Steuert dein Kind auf die Pflanze zu, die tabu ist, und schaut dich vorher grinsend an? Das ist keine Frechheit, sondern eine Frage: Gilt das noch? Antworte auf den Blick, bevor die Händchen in der Erde sind: „Ich seh dich gucken. Die Erde bleibt im Topf.“ Sag es freundlich und genau wie gestern. Eine Grenze, die immer gleich klingt, gibt Halt. Und das Grinsen darfst du ruhig lustig finden.

say-what-they-can-do =
    .title = Sag, was erlaubt ist
    .body = Wirft dein Kind heute mit Bauklötzen oder trommelt mit dem Löffel ans Fenster? Sag einmal nicht, was verboten ist, sondern was geht: „Die Klötze bleiben auf dem Boden. Werfen darfst du den weichen Ball.“ Oder: „Getrommelt wird auf dem Topf.“ Bei „nicht werfen“ hört ein Kleinkind vor allem „werfen“. Ein Satz, der zeigt, was erlaubt ist, gibt dem Drang ein Ziel. Zeig beim Sprechen darauf, das hilft.

just-a-moment-then-really-come =
    .title = „Einen Moment“, und dann wirklich kommen
    .body = Zieht dein Kind an deiner Hose, während du einen Satz beendest oder die Waschmaschine ausräumst? Übe kurze Wartezeiten, die du einhältst: „Noch zwei Socken, dann komme ich.“ Und komm dann wirklich, sofort. Kleine Kinder können kaum warten; sie lernen es nur, wenn „einen Moment“ immer wieder wirklich kurz ist. Fang mit ein paar Sekunden an. Trotzdem Tränen? Kein Scheitern, dein Kind lernt noch.

let-the-game-wait =
    .title = Lass das Spiel warten
    .body = Muss dein Kind aufhören zu spielen, weil das Essen fertig ist, und gibt es Protest? Lass das Spiel nicht verschwinden, sondern warten: Der Zug bleibt auf den Schienen stehen, der Teddy bekommt einen Platz auf dem Stuhl neben deinem Kind. „Der Zug wartet hier. Nach dem Essen fährt er weiter.“ Loslassen fällt leichter, wenn das Spiel danach noch da ist. Und vielleicht isst der Teddy ja mit.

dog-owner-says-come-and-stroke =
    .title = „Der tut nichts, komm streicheln!“
    .body = Kommt auf der Straße ein Hund auf euch zu, und die Besitzerin lädt dein Kind fröhlich zum Streicheln ein, während es sich an dich klammert? Ihr bestimmt das Tempo, nicht die Hundebesitzerin. Nimm dein Kind hoch oder stell dich davor: „Wir schauen erst mal von hier.“ Sag, was ihr seht: „Er wedelt. Er schnuppert am Baum.“ Dein Kind spürt, dass du es schützt. Streicheln kommt später, wenn es will.

hand-or-carry-in-the-car-park =
    .title = Auf dem Parkplatz: Hand oder Arm
    .body = Rennt dein Kind neuerdings überall davon, auch auf dem Parkplatz oder am Bordstein? Mach daraus eine feste Regel, die du jedes Mal gleich sagst: „Bei Autos: Hand oder Arm. Du suchst aus.“ Keine Hand? Dann trägst du dein Kind, ohne Diskussion und ohne Ärger. Eine kurze Regel, die sich nie ändert, versteht ein Kleinkind besser als Erklärungen über Gefahr. Auf der Wiese darf es danach wieder rennen.

play-with-no =
    .title = Spiel mit dem „Nein!“
    .body = Hat dein Kind das Wort „Nein!“ entdeckt und sagt es jetzt zu allem? Es übt damit einen eigenen Willen, und du kannst damit spielen. Zeig auf dein Knie: „Ist das deine Nase?“ „Nein!“ Zeig auf deinen Ellbogen: „Ist das deine Nase?“ „Nein!“ Staune immer mehr. So darf dein Kind mit viel Spaß Nein sagen und merkt, dass ein Nein bei dir sicher ist. Das macht die Neins, die nicht gehen, oft leichter.

after-their-no-wait-a-moment =
    .title = Nach einem „Nein“ kurz abwarten
    .body = Bietest du deinem Kind ein Buch oder deine Hand an, und sofort kommt „Nein!“? Sag „Okay“ und lass das Buch einfach liegen. Ein Kleinkind-Nein ist oft zuerst ein Reflex: Ich will selbst entscheiden. Mit einer halben Minute Raum greifen viele Kinder doch noch zu, jetzt aber aus eigener Wahl. Dräng nicht, und kommentiere es nicht, wenn es passiert. So bleibt das Nein deines Kindes etwas, das zählt.

stranger-asks-your-child-something =
    .title = Wenn Fremde dein Kind etwas fragen
    .body = Fragt die Kassiererin oder eine Nachbarin nach dem Namen deines Kindes, und es versteckt sich hinter deinem Bein? Antworte einfach selbst, ganz locker: „Das ist Sam. Sie schaut dich erst mal in Ruhe an.“ So muss dein Kind nichts leisten und hört, dass Schauen erlaubt ist. Sag lieber nicht „Sei nicht so schüchtern“; das macht den Moment nur größer. Zu Hause könnt ihr später Kaufladen spielen.

you-pressed-the-button-first =
    .title = Du hast gedrückt, und jetzt ist das Drama groß
    .body = Hast du aus Gewohnheit selbst den Aufzugknopf oder die Klingel gedrückt, und ist dein Kind untröstlich, weil es das selbst tun wollte? Für ein Kleinkind ist das ein echter Verlust. Sag: „Oh, du wolltest drücken. Ich war zu schnell.“ Geht es noch einmal? Steigt aus dem Aufzug und macht es gemeinsam neu. Wenn nicht, reicht es, das anzuerkennen. So zeigst du, dass man Dinge wiedergutmachen kann.

child-hits-you-when-cross =
    .title = Haut dein Kind dich, wenn es wütend ist?
    .body = Hört dein Kind ein Nein und haut dich dann? Halt deine Hand dazwischen und sag kurz: „Mich hauen geht nicht.“ Zeig dann, wohin die Wut darf: stampfen wie ein Elefant, so fest wie möglich gegen deine Handflächen drücken, auf ein Kissen hauen. „Stampf, so wütend bist du!“ Ein Kleinkind spürt Wut im ganzen Körper, und diese Kraft muss irgendwohin. Stampf selbst mit; oft endet es mit einem Lachen.

your-child-bites-another-child =
    .title = Dein Kind beißt ein anderes: nicht zurückbeißen
    .body = Beißt dein Kind einen Freund oder eine Cousine, während du dabei bist? Atme aus und sag kurz und ruhig: „Stopp. Beißen tut weh.“ Nimm dein Kind dann kurz zu dir, weg vom Spiel, bis ihr beide ruhiger seid. „Beiß doch zurück, dann merkt er, wie das ist“? Tu es nicht: So lernt dein Kind vor allem, dass Große wehtun dürfen. Beißen ist bei Kleinkindern häufig und sagt nichts über dich.

your-child-got-bitten =
    .title = Dein Kind wurde gebissen
    .body = Hat ein anderes Kind dein Kind gebissen? Tröste zuerst und sag, was passiert ist: „Der Junge hat dich gebissen. Das tat weh und war ein Schreck.“ Spül die Stelle mit Wasser ab und kühl sie mit einem nassen Waschlappen. Behalte deinen Ärger kurz für dich; das andere Kind ist auch noch klein. Ist die Haut verletzt, oder wird die Stelle später rot, warm oder dick? Dann ruf den Hausarzt (huisarts) an.

tantrum-at-the-checkout =
    .title = Ein Wutanfall an der Kasse
    .body = Liegt dein Kind an der Kasse schreiend auf dem Boden, weil es Süßigkeiten will? Schau auf dein Kind, nicht auf die Schlange. Geh in die Hocke, sag einen Satz, „Du willst das so sehr. Es bleibt beim Nein.“, und bleib. Bezahlen und Trösten geht nicht zugleich? Lass den Wagen kurz stehen und geh mit deinem Kind raus, bis der Sturm vorbei ist. Nächstes Mal hilft Einkaufen nach Snack und Schlaf.

tantrum-on-the-floor-make-it-safe =
    .title = Wälzt sich dein Kind am Boden? Mach es sicher
    .body = Wirft sich dein Kind im Wutanfall auf den Boden, tritt um sich, schlägt manchmal mit dem Kopf auf? Du musst den Sturm nicht stoppen; sorg nur dafür, dass er sicher vorbeizieht. Schieb den Stuhl weg, leg ein Kissen unter den Kopf, bleib nah und ruhig. Sicherheit kommt zuerst. Schlägt dein Kind oft fest mit dem Kopf, oder sorgst du dich? Sprich mit dem Consultatiebureau (Kinderberatungsstelle).

after-the-storm-comfort-not-a-lesson =
    .title = Nach dem Sturm: Trost statt Lektion
    .body = Ist der Wutanfall vorbei, und sitzt dein Kind schluchzend da, verschwitzt und erschöpft? So ein Sturm kostet einen kleinen Körper viel. Kümmere dich zuerst um den Körper: ein Schluck Wasser, ein kühler Waschlappen übers Gesicht, kurz an dich gekuschelt. Eine Lektion kommt jetzt nicht an. Dein Kind merkt: Auch nach dem größten Sturm sorgt jemand für mich. Dann macht ihr mit etwas Kleinem weiter.

front-door-give-them-a-job =
    .title = Theater an der Haustür? Gib eine Aufgabe
    .body = Stemmt sich dein Kind jeden Morgen an der Haustür dagegen, während du schon spät dran bist? Gib dem Weg nach draußen ein Ziel, das deinem Kind gehört: den Schlüssel tragen, den Brief einwerfen, der Nachbarskatze winken. „Du hast den Schlüssel. Machst du die Tür auf?“ Mit einer Aufgabe macht dein Kind mit, statt mitgeschleift zu werden. Klappt es heute nicht? Heb es ruhig hoch. Morgen wieder.

climbing-into-the-car-seat-themselves =
    .title = Selbst in den Autositz klettern
    .body = Macht sich dein Kleinkind steif, sobald du es in den Autositz heben willst? Lass es selbst einsteigen: durch die Tür auf die Rückbank und dann selbst in den Sitz klettern. „Du kletterst, ich mache klick.“ Wer selbst darf, muss weniger kämpfen. Das kostet ein paar Minuten extra; plane sie ein. Die Gurte schließt immer du, schön straff, und du fährst erst los, wenn alles sicher sitzt.

a-tantrum-is-not-a-plan =
    .title = Ein Wutanfall ist kein Plan
    .body = Denkst du mitten im Wutanfall manchmal: Mein Kind macht das, um mich zu ärgern? Ersetz den Gedanken heute durch: Es ist meinem Kind gerade zu viel. Der Teil des Gehirns, der Gefühle bremst, wächst bei Kleinkindern noch kräftig; ein Wutanfall ist ein Überlaufen, keine Strategie. So bleibst du leichter ruhig, und deine Ruhe hilft der Bremse beim Wachsen. Verständnis heißt nicht nachgeben.

pushed-away-mid-tantrum =
    .title = Stößt dein Kind dich im Wutanfall weg?
    .body = Will dein Kind im Wutanfall nicht berührt werden und schubst oder tritt dich weg? Respektiere das, aber geh nicht weg. Tritt einen Schritt zurück, setz dich auf Augenhöhe und sag: „Ich bleibe hier. Wenn du kuscheln willst, bin ich da.“ Manche Kinder wollen fest gehalten werden, andere brauchen Abstand; so findest du heraus, was deins braucht. Oft krabbelt es nach einer Weile von selbst zu dir.

told-to-ignore-tantrums =
    .title = „Die Wutanfälle einfach ignorieren“
    .body = Raten dir Verwandte oder das Internet, Wutanfälle zu ignorieren und wegzugehen? Du kannst deine Grenze halten, ohne dein Kind mit einem Gefühl allein zu lassen, das noch zu groß ist. Bleib in der Nähe, sag wenig und gib nicht nach. So lernt dein Kind: Meine Wut ändert die Regel nicht, aber ich bin damit auch nicht allein. Für alle, die fragen: „Ich gebe nicht nach. Ich bleibe nur in der Nähe.“

a-week-of-tantrum-notes =
    .title = Eine Woche Wutanfälle notieren
    .body = Scheinen die Wutanfälle aus dem Nichts zu kommen? Schreib eine Woche lang kurz auf, wann sie kommen: Uhrzeit, Ort, und was direkt davor war. Oft zeigt sich ein Muster: kurz vor dem Essen, nach einem vollen Vormittag, bei jedem Wechsel. Damit kannst du arbeiten, etwa mit einem Snack in der Tasche oder einem ruhigeren Morgen. Nicht jeder Wutanfall lässt sich verhindern, und das muss auch nicht sein.

bit-someone-at-childcare =
    .title = „Dein Kind hat heute gebissen“
    .body = Hörst du beim Abholen, dass dein Kind in der Kita ein anderes Kind gebissen hat? Bestraf zu Hause nicht nachträglich: Stunden später versteht ein Kleinkind nicht mehr, worum es geht. Frag lieber, was direkt davor war: Trubel, ein weggenommenes Spielzeug, Müdigkeit? Vereinbart, wie ihr beide reagiert, mit denselben kurzen Worten. Das hilft deinem Kind am meisten. Meist geht die Phase vorbei.

sad-about-the-lost-balloon =
    .title = Traurig über den davongeflogenen Ballon
    .body = Fliegt der Luftballon davon oder fällt das Eis auf den Boden, und ist dein Kind tief traurig? Sag, was du siehst: „Dein Ballon ist weg. Darüber bist du traurig.“ Schaut ihm gemeinsam nach. Du musst die Traurigkeit nicht sofort mit einem neuen Ballon oder Eis lösen; darf sie eine Weile da sein, vergeht sie oft von selbst. So lernt dein Kind: Bei Traurigkeit bleibt jemand bei mir.

everything-is-mine =
    .title = „Meins!“ Plötzlich gehört alles deinem Kind
    .body = Ruft dein Kind den ganzen Tag „Meins!“, beim eigenen Becher, aber auch bei deinem Handy und dem Eimer eines anderen Kindes? So entdeckt es, dass es eine eigene Person ist, mit eigenen Sachen. Sag heute ruhig, wem was gehört: „Ja, der Becher ist deiner. Das Handy ist meins. Der Eimer gehört Sem.“ Ohne Predigt übers Teilen. Wer weiß, dass seine Sachen sicher sind, verleiht später leichter etwas.

no-question-when-no-choice =
    .title = Keine Frage, wenn es nichts zu wählen gibt
    .body = Hörst du dich fragen „Ziehen wir die Jacke an?“ oder „Gehen wir ins Bett?“, obwohl die Antwort längst feststeht? Dann ist „Nein!“ eine ehrliche Antwort. Sag es heute als freundliche Feststellung: „Jetzt ist Zeit für die Jacke.“ Heb dir Fragen für Momente auf, in denen dein Kind wirklich mitreden kann. So wird klar, wann seine Stimme zählt, und das ist oft genug.

decide-before-you-say-no =
    .title = Erst entscheiden, dann Nein sagen
    .body = Sagst du manchmal Nein und nach zehn Minuten Quengeln doch Ja? Dann lernt dein Kind vor allem, dass Quengeln wirkt, und jedes nächste Nein wird ein längerer Kampf. Nimm dir heute eine Sekunde, bevor du antwortest: Ist das wirklich ein Nein? Wenn ja, bleib freundlich dabei. Würdest du ohnehin nachgeben, sag gleich Ja. Wenige Neins, die halten, geben mehr Klarheit als viele, die wackeln.

say-it-once-then-help =
    .title = Einmal sagen, dann helfen
    .body = Rufst du zum fünften Mal „Hände waschen!“, immer lauter, während dein Kind einfach weiterspielt? Ein Kleinkind, das ins Spiel vertieft ist, hört dich oft wirklich nicht. Sag es einmal, aus der Nähe und auf Augenhöhe, und hilf dann sofort: „Komm, ich helf dir beim Händewaschen.“ Ruhiges Handeln ist klarer als immer lautere Worte. Und deine Stimme bleibt dir für schönere Dinge.

playdate-put-the-favourites-away =
    .title = Besuch kommt? Lieblingssachen wegräumen
    .body = Kommt heute ein anderes Kind zum Spielen? Sucht vorher gemeinsam ein, zwei Dinge aus, die zu besonders zum Teilen sind, etwa das Lieblingskuscheltier, und räumt sie weg. Teilen können Kleinkinder kaum, und das ist normal: Erst kommt das Entdecken von „meins“. So muss dein Kind nicht den ganzen Besuch seinen Schatz bewachen. Leg aber genug Spielzeug für zwei bereit.

taking-turns-first-with-you =
    .title = Abwechseln, zuerst mit dir
    .body = Mit anderen Kindern zusammen spielen ist für ein Kleinkind noch schwer. Übt das Abwechseln deshalb zuerst zu zweit, wo es sich sicher anfühlt: Rollt einen Ball hin und her, „Ich bin dran … du bist dran!“, oder legt abwechselnd einen Klotz auf den Turm. Halte die Runden kurz, denn Warten ist anstrengend. Bei dir lernt dein Kind: Wer seine Runde abgibt, verliert sie nicht. Sie kommt wieder.

your-child-snatches-a-toy =
    .title = Dein Kind reißt ein Spielzeug an sich
    .body = Nimmt dein Kind einem anderen Kind ein Spielzeug weg? Setz dich dazu und gebt es gemeinsam zurück: „Mila hatte das Auto. Wir geben es zurück.“ Bleib danach bei deinem Kind, das jetzt enttäuscht ist: „Du wolltest das Auto so gern.“ Sucht zusammen etwas anderes, oder fragt, ob dein Kind später dran sein darf. So sorgst du für beide Kinder, und dein Kind muss sich nicht als „das Böse“ fühlen.

waiting-in-a-queue-game =
    .title = Warten in der Schlange? Spielt etwas
    .body = Steht ihr in der Schlange beim Bäcker, auf der Post oder in der Apotheke? Für ein Kleinkind dauern ein paar Minuten eine Ewigkeit. Wartet deshalb gemeinsam: „Siehst du etwas Rotes?“, oder macht ein Fingerspiel auf deiner Hand. Dein Kind muss das Warten nicht allein schaffen; mit dir daneben geht es besser. Lernt es dabei auch warten? Nach und nach, ja.

let-them-make-the-ending =
    .title = Lass dein Kind das Ende machen
    .body = Muss das Wasserspiel aufhören, am Planschbecken, an der Spüle oder an der Wasserpumpe im Park? Leg den letzten Schritt in die Hände deines Kindes: den letzten Eimer über die Pflanzen gießen, selbst den Hahn zudrehen, die Entchen in den Korb legen. „Du darfst es beenden.“ Wer das Ende selbst macht, muss weniger dagegen kämpfen. Trotzdem Protest? Das darf sein, und das Ende bleibt.

me-do-it-but-running-late =
    .title = „Selber machen!“, aber ihr seid spät dran
    .body = Will dein Kind die Schuhe selbst anziehen, ausgerechnet an dem Morgen, an dem du es eilig hast? Mach zwei Sorten Tage. An ruhigen Tagen planst du zehn Minuten extra ein, damit es probieren darf, so lange es dauert. An eiligen Tagen sagst du ehrlich: „Heute helfe ich, wir müssen schnell sein. Morgen machst du es.“ Und halte dich an dieses Morgen. So bekommt der Wille Raum, ohne täglichen Kampf.

sit-down-strike-on-the-pavement =
    .title = Sitzstreik auf dem Gehweg? Nicht am Arm ziehen
    .body = Plumpst dein Kind unterwegs hin und will keinen Schritt mehr gehen? Zieh es nicht an einer Hand oder einem Arm hoch oder mit: Bei kleinen Kindern kann so der Ellbogen herausrutschen. Geh in die Hocke: „Du willst nicht weiter, oder?“ Heb es wenn nötig mit den Händen unter den Achseln hoch. Nah an der Straße? Sofort hochheben. Benutzt dein Kind danach einen Arm nicht? Ruf den Hausarzt (huisarts) an.

swapping-in-the-sandpit =
    .title = Tauschen im Sandkasten
    .body = Will dein Kind im Sandkasten unbedingt die Schaufel eines anderen Kindes? Statt „schön teilen“ kannst du Tauschen beibringen: Gib deinem Kind etwas anderes in die Hand und sag: „Frag mal: tauschen?“ Sagt das andere Kind Nein, ist das auch eine Antwort, und du bleibst bei deinem Kind in der Enttäuschung. Tauschen versteht ein Kleinkind besser als Teilen. Nimm eine zweite Schaufel zum Tauschen mit.

everyone-laughs-except-your-child =
    .title = Alle lachen, nur dein Kind nicht
    .body = Fällt dein Kind mit einem lustigen Gesicht um oder sagt etwas Süßes, und alle lachen, während seine Unterlippe zu zittern beginnt? Ausgelacht werden kann sich für ein Kleinkind wie Abgelehntwerden anfühlen, auch wenn es lieb gemeint ist. Geh hin: „Alle haben gelacht. Das fandest du nicht schön, oder?“ Zu den anderen, locker: „Da haben wir uns erschreckt.“ So spürt es: Du stehst auf seiner Seite.

waiting-for-the-swing =
    .title = Warten an der Schaukel
    .body = Ist die Schaukel besetzt, und dein Kind will sofort drauf? Wartet zusammen, dicht nebeneinander, und macht das Warten sichtbar: „Das Mädchen schaukelt noch. Wir zählen mit: eins, zwei …“ Frag die anderen Eltern: „Noch zehnmal anschubsen, dann wechseln?“ Warten mit etwas zum Anschauen und einem Ende in Sicht ist für ein Kleinkind gerade machbar. Dauert es zu lange? Die Rutsche ist auch toll.

carried-in-a-crowd =
    .title = Will dein Kind im Gedränge getragen werden?
    .body = Läuft dein Kind zu Hause überall selbst, will aber auf dem Markt, am Bahnhof oder auf einem Fest plötzlich nur noch auf den Arm? Nimm es hoch. Gedränge, viele Beine und laute Geräusche sind auf Kleinkindhöhe viel unheimlicher als auf deiner. Von deiner Hüfte aus sieht es alles, mit dir als sicherem Ort. Das ist kein Rückschritt; wird es ruhiger, wollen die meisten Kinder von selbst wieder runter.

words-instead-of-a-push =
    .title = Worte statt Schubsen
    .body = Schubst dein Kind an der Rutsche oder am Sandtisch ein anderes Kind weg? Stell dich daneben, halte die schubsende Hand und gib deinem Kind die Worte, die ihm noch fehlen: „Du willst auch. Sag: ‚Ich auch!‘“ Oder: „Sag: ‚Stopp!‘“ Übt den Satz zusammen. Ein Schubser ist oft ein Satz, der noch nicht herauskann. Je mehr Worte dein Kind hat, desto weniger müssen die Hände sagen. Einfach wiederholen.

no-forced-sorry =
    .title = Kein erzwungenes „Entschuldigung“
    .body = Hat dein Kind einem anderen Kind wehgetan, und dessen Eltern schauen dich erwartungsvoll an? Zwing dein Kind nicht zu „Entschuldigung“: Ein Kleinkind sagt das Wort, fühlt aber wenig dabei. Sag es lieber selbst, laut, zum anderen Kind: „Tut mir leid, das hat wehgetan. Soll ich dir über den Arm streicheln?“ So sieht dein Kind, wie Wiedergutmachen geht. Oft macht es das später von selbst nach.

child-says-a-feeling-word =
    .title = Sagt dein Kind selbst „wütend!“?
    .body = Hörst du dein Kind plötzlich selbst ein Gefühlswort sagen, „wütend!“ oder „Angst“, vielleicht noch halb verständlich? Das ist ein großer Schritt: Das Gefühl wird ein Wort statt nur ein Schrei. Nimm es ernst und frag nach: „Du bist wütend. Worüber?“ Zeigt dein Kind auf etwas, sag, was du verstehst. Ein Wort in eurer Familiensprache zählt genauso. Dein Kind merkt: Wenn ich es sage, hört jemand zu.

scared-of-a-costumed-figure =
    .title = Clown oder Maskottchen in Sicht? Erzähl es vorher
    .body = Geht ihr auf ein Fest, zu einem Umzug oder in einen Freizeitpark mit Clown, Maskottchen oder anderen Verkleideten? Viele Kleinkinder erschrecken vor einer großen Figur, deren Gesicht sich nie verändert. Sag es vorher kurz: „Da kommt ein Clown mit roter Nase. Da drin ist einfach ein Mensch.“ Und versprich: „Ist es dir zu gruselig, gehen wir zusammen weg.“ Halte dich daran. Näher ran muss keiner.

too-high-at-the-top-of-the-slide =
    .title = Oben auf der Rutsche plötzlich zu hoch
    .body = Wollte dein Kind unbedingt auf die große Rutsche und weint oben plötzlich? Wieder hinunterklettern ist auch eine Entscheidung, kein Versagen. Stell dich nah dazu oder klettere hinterher: „Du wolltest, und jetzt fühlt es sich zu hoch an. Dann gehen wir zurück.“ Hilf deinem Kind sicher hinunter, ohne zu schieben oder zu überreden. Ein Kind, das umkehren darf, traut sich nächstes Mal oft mehr.

teach-the-word-help =
    .title = Bring deinem Kind „Hilfe!“ bei
    .body = Schreit dein Kind vor Frust, wenn der Deckel nicht von der Dose geht oder die Socke nicht an will? Gib ihm ein Wort und eine Geste, um Hilfe zu holen: „Sag: Hilfe!“, und streckt gemeinsam die Hände vor. Reagiere dann sofort und hilf nur ein kleines bisschen. So wird aus Schreien nach und nach eine Frage. Dein Kind lernt: Klappt etwas nicht, darf ich jemanden holen. Auch das ist Selbstständigkeit.

dont-redo-their-job =
    .title = Mach es nicht noch mal
    .body = Hat dein Kind selbst den Tisch „gedeckt“ oder die Schuhe angezogen, nur anders, als du es tun würdest? Lass es so, auch mit dem Löffel auf der falschen Seite oder den Schuhen falsch herum. Wer es vor den Augen des Kindes verbessert, sagt ohne Worte: Das war nicht gut. Muss wirklich etwas anders sein, dann später. Schau lieber auf den Stolz im Gesicht; der zählt mehr als ein ordentlicher Tisch.

picked-blue-now-wants-red =
    .title = Den blauen Becher gewählt, jetzt den roten
    .body = Hat dein Kind den blauen Becher ausgesucht und weint nun, weil es doch den roten will? Kleinkinder entdecken gerade, dass Wählen auch heißt, das andere nicht zu bekommen. Bleib freundlich bei der Wahl: „Du hast Blau gewählt. Jetzt willst du Rot. Das ist blöd.“ Du musst nicht tauschen und auch nicht schimpfen. Enttäuschung aushalten, mit jemandem daneben: genau das übt dein Kind gerade.

name-their-pride =
    .title = Benenne den Stolz deines Kindes
    .body = Schafft dein Kind etwas und dreht sich strahlend zu dir um? Sag statt „Gut gemacht!“ einmal, was dein Kind selbst fühlt: „Du bist stolz, oder? Du hast es ganz allein gemacht.“ Lass es den Moment genießen, ohne gleich etwas hinzuzufügen. So lernt dein Kind, dass Stolz ein Gefühl von innen ist, nicht nur ein Lob von außen. Dieses Gefühl findet es später auch, wenn niemand zuschaut.

name-the-happy-feelings-too =
    .title = Benenne auch die frohen Gefühle
    .body = Gefühle benennen wir oft bei Wut oder Traurigkeit. Achte heute auch auf die schönen: „Du hüpfst auf und ab! Du freust dich so, dass Opa da ist.“ Oder: „Du bist ganz ruhig, so gemütlich in der Wanne.“ Ein Kind, das auch Worte für froh, aufgeregt und zufrieden bekommt, lernt: Alle Gefühle werden gesehen, nicht nur die schwierigen. Dazu merkst du selbst mehr von dem, was gut läuft.

new-toddler-group-arrive-early =
    .title = Eine neue Kleinkindgruppe? Komm etwas früher
    .body = Geht ihr an einen neuen Ort mit anderen Kleinkindern, etwa zum Babyschwimmen, in eine Musikgruppe oder eine Spielgruppe? Kommt zehn Minuten früher, wenn es noch still und leer ist. Dann kann dein Kind den Raum mit dir in Ruhe erkunden, bevor der Trubel beginnt. Wer den Ort kennt, kommt mit der Gruppe besser zurecht. Setzt euch die ersten Wochen an denselben Platz; das macht es vertrauter.

too-wild-slow-the-game =
    .title = Zu wild? Bremse das Spiel, bevor es kippt
    .body = Rennen, Kreischen, Fangen: Das Spiel wird immer wilder, und du weißt, wie es meist endet. Bremse, bevor es kippt: Beweg dich langsamer, sprich leiser, mach aus der Verfolgung ein Anschleichen auf Zehenspitzen. Hört mit etwas Ruhigem auf, etwa nebeneinander liegen und an die Decke schauen. Ein Kleinkind kann noch nicht allein bremsen; du bist die Bremse. Lachen ist erlaubt, gelandet wird gemeinsam.

tantrums-mostly-at-home =
    .title = Wutanfälle vor allem bei dir?
    .body = Ist dein Kind laut Kita oder Babysitter dort ein Engel, hat zu Hause aber einen Wutanfall nach dem anderen? Das fühlt sich ungerecht an, sagt aber etwas Schönes: Bei dir traut es sich, alles zu zeigen, auch was es den ganzen Tag zurückhielt. Nimm zum Abholen einen Snack und etwas zu trinken mit; mit leerem Magen tobt der Sturm oft heftiger. Sorg auch für dich: Ein sicherer Ort darf müde sein.

coat-flip-trick =
    .title = Der Jackentrick: selbst anziehen
    .body = Will dein Kind die Jacke unbedingt allein anziehen, aber die Ärmel verheddern sich? Leg die Jacke offen auf den Boden, innen nach oben, den Kragen bei den Füßen deines Kindes. Arme in die Ärmel, dann mit Schwung über den Kopf: Jacke an! Zeig es ein paarmal und lass dein Kind probieren. Etwas zu schaffen, das vorher nicht ging, fühlt sich riesig an. Und an der Tür gibt es einen Streit weniger.

odd-socks-are-fine =
    .title = Zwei verschiedene Socken? Prima
    .body = Will dein Kind heute unbedingt Gummistiefel im Sonnenschein, zwei verschiedene Socken oder das Prinzessinnenkleid im Supermarkt? Schau nur, ob es sicher und warm genug ist. Wenn ja, lass es so. Kleidung ist eines der ersten Dinge, über die ein Kleinkind selbst bestimmen darf. Bemerkungen von anderen? „Selbst ausgesucht“ reicht. Und pack zur Sicherheit einen Pulli ein.

birthday-present-hard-to-hand-over =
    .title = Das Geschenk nicht hergeben wollen
    .body = Seid ihr auf einem Kindergeburtstag, und dein Kind klammert sich ans Geschenk, wenn es übergeben werden soll? Verständlich: Es ist schön, und Verschenken versteht ein Kleinkind kaum. Zieh es ihm nicht aus den Händen. Sag: „Du findest es auch schön, oder?“, und gebt es gemeinsam, deine Hand um seine. Klappt es nicht? Dann gibst du es, dein Kind steht daneben. Ein echtes „Bitte schön“ kommt später.

comforting-another-child-together =
    .title = Gemeinsam ein anderes Kind trösten
    .body = Fällt auf dem Spielplatz ein Kind hin, und deins schaut erschrocken zu? Sag, was du siehst: „Das Mädchen ist hingefallen. Es weint, das Knie tut weh.“ Überlegt zusammen, was helfen könnte: die Mütze zurückgeben, kurz winken, schauen, ob die Mama kommt. Mit dir daneben übt dein Kind, sich um andere zu kümmern. Will es lieber nur zuschauen? Auch gut; Mitgefühl beginnt mit Bemerken.

where-the-feeling-sits-in-the-body =
    .title = Wo sitzt das Gefühl im Körper?
    .body = Siehst du, dass sich bei deinem Kind etwas zusammenbraut, mit geballten Fäustchen, rotem Gesicht oder stampfenden Füßen? Sag, was du am Körper siehst: „Deine Hände sind ganz steif. Steckt da Wut drin?“ Oder bei Angst: „Du hältst mich so fest.“ So lernt dein Kind nach und nach seine eigenen Signale kennen, lange bevor es sie erklären kann. Das ist später der erste Schritt zum Selbst-Beruhigen.

a-scary-picture-in-the-book =
    .title = Ein gruseliges Bild im Buch
    .body = Blättert dein Kind schnell um oder schiebt das Buch weg, wenn der Wolf oder das Monster kommt? Lass es über das Gruselige bestimmen: „Ist er gruselig? Dann blättern wir weiter.“ Oder legt eine Hand aufs Bild. Viele kommen später von selbst zurück, an dich gekuschelt: kurz gucken, schnell wieder zu. Wer selbst bestimmt, wie viel Grusel, traut sich mehr. Morgen will es vielleicht genau das Buch.

practise-calm-breathing-in-play =
    .title = Ruhig atmen üben, wenn alles ruhig ist
    .body = Ruhig atmen lernt ein Kleinkind nicht mitten im Wutanfall. Übt es, wenn es gut läuft, als Spiel: Seifenblasen pusten, zusammen eine Feder über den Tisch pusten oder „Kerzen auspusten“ auf deinen Fingern. Puste selbst ganz langsam mit. Machst du es später in einem schwierigen Moment vor, „Pusten wir die Kerzen aus?“, kennt dein Kind es schon. Klappt es noch nicht? Dann atme du langsam für beide.

yes-later-instead-of-no =
    .title = „Ja, später“ statt „Nein“
    .body = Will dein Kind raus, einen Keks oder noch ein Buch, und es passt gerade nicht, später aber schon? Dann sag nicht „Nein“, sondern „Ja, später“, und mach es greifbar: „Ja, nach dem Essen gehen wir raus.“ Viele Kinder von fast zwei können so einem „nach“ schon gut folgen. Der Wunsch bekommt einen Platz statt einer verschlossenen Tür. Ist das Essen vorbei, hol auch wirklich die Jacken: „Los geht’s!“

gave-in-yesterday-start-again =
    .title = Gestern doch nachgegeben? Heute neu
    .body = Hast du gestern, müde und erschöpft, nach einem langen Wutanfall doch den Keks gegeben? Das passiert allen Eltern, und es macht nichts kaputt. Sag heute einfach wieder ruhig dein Nein, ohne Erklärung zu gestern, und bleib dabei. Ein Kind braucht keine Eltern, die es jedes Mal perfekt machen, sondern welche, die oft genug gleich handeln. Es wird das testen; so findet es heraus, was heute gilt.

left-out-by-bigger-children =
    .title = Die Großen lassen es nicht mitspielen
    .body = Will dein Kind unbedingt bei älteren Kindern, Cousins oder Nachbarskindern mitmachen, doch die rennen weg oder rufen „Du bist zu klein“? Das tut weh. Sag, was du siehst: „Du wolltest mitspielen. Sie haben dich nicht gelassen. Das ist schade.“ Sucht dann zusammen eine eigene Rolle, etwa den Ball zurückwerfen oder beim Tor jubeln, oder spielt kurz zu zweit. So fühlt es sich gesehen.

the-easy-quiet-child =
    .title = Das pflegeleichte, stille Kind
    .body = Ist dein Kind oft zufrieden, spielt ruhig und verlangt wenig? Auch ein stilles Kind braucht deine Aufmerksamkeit, gerade weil es nicht danach fragt. Setz dich heute ein paarmal von dir aus dazu und schau zu: „Was baust du da?“ Dein Kind spürt: Ich werde auch gesehen, wenn ich leise bin. Wirkt es eher zurückgezogen als zufrieden? Sprich es im Consultatiebureau (Kinderberatungsstelle) an.

when-tantrums-worry-you =
    .title = Machen dir die Wutanfälle Sorgen?
    .body = Wutanfälle gehören zu diesem Alter, und Kinder sind verschieden darin, wie oft sie welche haben. Dauern sie oft sehr lange, tut dein Kind sich oft selbst weh, oder lässt es sich danach kaum trösten? Oder bist du selbst völlig erschöpft? Sprich mit dem Consultatiebureau (Kinderberatungsstelle) oder dem Hausarzt (huisarts). Du musst nicht warten, bis du sicher bist; Fragen hilft euch beiden.

it-has-to-be-exactly-so =
    .title = Es muss genau so sein
    .body = Muss dein Kind die Banane selbst schälen, muss immer dieselbe Person das Licht ausmachen, muss es immer dieser eine Becher sein? Viele Kleinkinder um zwei Jahre wollen, dass alles genau so abläuft wie immer. Das gibt ihnen Halt in einer Welt, die sie noch kaum überblicken. Komm dem entgegen, wo es geht. Lief es doch anders? Sprich es aus, „Oh, das war nicht so, wie du wolltest“, und bleib bei ihm.
