carer-takes-over-in-their-arms =
    .title = Aus deinen Armen in vertraute Arme
    .body = Bringst du dein Baby heute in die Kita oder zum Babysitter? Setz es beim Abschied nicht auf den Boden oder in den Laufstall, sondern gib es direkt in die Arme seiner festen Betreuungsperson, die das Trösten sofort übernimmt. So entsteht keine Lücke zwischen deinen Armen und ihren. Weint dein Baby trotzdem? Das darf sein: Es geht um eine weiche Landung, nicht um einen Abschied ohne Tränen.

keep-your-return-promise-out-loud =
    .title = Sag es laut: zurück, wie versprochen
    .body = Versprich beim Abschied nur, was stimmt: nicht „Bin gleich wieder da“, wenn du erst nach dem Mittagsschlaf kommst, sondern „Nach deinem Schläfchen hole ich dich ab“. Beim Abholen sagst du es noch einmal: „Ich hab gesagt, nach dem Schläfchen, und hier bin ich.“ Die Worte versteht dein Baby noch nicht, das Muster schon: Wer geht, kommt wieder. Jedes Mal, wenn es stimmt, wird es ein Stück fester.

staying-behind-say-what-happens =
    .title = Wer bleibt, sagt, was gerade passiert
    .body = Geht heute jemand aus der Tür, und dein Baby weint in deinen Armen? Lenk nicht gleich mit einem Spielzeug ab. Sag zuerst, was passiert: wer gegangen ist, wann die Person wiederkommt, und „Du bist traurig, oder? Ich bin bei dir.“ So muss dein Baby das Vermissen nicht allein tragen. Ein Lied oder ein Blick aus dem Fenster passt danach gut, wenn das schlimmste Weinen vorbei ist.

pulling-to-stand-you-close-by =
    .title = Selbst hochziehen, du ganz in der Nähe
    .body = Zieht sich dein Baby am Sofa oder am Rand des Laufstalls hoch? Stell es nicht selbst auf die Beine, sondern setz dich direkt neben das Sofa auf den Boden. Halte eine Hand als Sicherheitsnetz bereit und hilf nur, wenn dein Baby danach verlangt. Vielleicht klappt es erst beim zehnten Versuch, und genau so ist es gut: Dein Baby entdeckt, was es allein kann, und du sorgst für Sicherheit.

stuck-standing-help-them-down =
    .title = Hoch geht’s – aber wie wieder runter?
    .body = Steht dein Baby und weint, weil es nicht weiß, wie es sich wieder hinsetzen soll? Heb es nicht jedes Mal hoch, sondern hilf ihm nach unten: eine Hand am Po, die Knie sanft beugen, „Knie beugen … und sitzen!“ So antwortest du auf seinen Hilferuf und zeigst ihm, wie es das bald selbst schafft. Bis dahin bist du der Aufzug nach unten.

twins-both-want-you-at-once =
    .title = Zwillinge, und beide wollen gleichzeitig zu dir
    .body = Wollen deine Zwillinge heute beide gleichzeitig zu dir? Nimm eins hoch, setz dich neben das andere auf den Boden und leg die freie Hand auf seinen Rücken. Sprich mit beiden: „Ich höre dich auch, gleich bist du dran.“ Wechsle ab, wer zuerst darf. Stimme und Hand sagen dem wartenden Kind: Du bist nicht vergessen. Etwas Weinen beim Warten ist okay; zwei zugleich trösten schafft niemand perfekt.

brushing-first-teeth-together =
    .title = Zusammen Zähne putzen, jeder mit eigener Bürste
    .body = Kommt der erste Zahn gerade durch oder ist er schon da? Putzt heute zusammen: Nimm dein Baby im Bad auf den Schoß, putz deine Zähne und gib ihm eine eigene weiche Babyzahnbürste zum Draufkauen. Putz danach kurz bei ihm nach und sag, was du tust: „Erst oben, dann unten. Fertig!“ So wird Zähneputzen etwas, das ihr zusammen macht, kein Kampf. Protest gehört dazu; kurz ist auch gut.

cruise-along-the-sofa-to-you =
    .title = Am Sofa entlang zu dir
    .body = Hangelt sich dein Baby schon am Sofa entlang, eine Hand nach der anderen? Knie dich ans Ende des Sofas, breite die Arme aus und warte. Lass dein Gesicht strahlen, wenn es ankommt: „Du bist den ganzen Weg zu mir gekommen!“ Bei jemandem anzukommen, der sich freut, gibt deinem Baby das Gefühl, willkommen zu sein. Ist noch jemand zu Hause? Dann kniet euch an beide Enden.

wave-bye-bye-to-the-bath-water =
    .title = Dem Badewasser tschüss winken
    .body = Winkt dein Baby schon, oder schaut es gebannt zu, wenn du winkst? Winkt heute zusammen, wenn etwas zu Ende geht: dem Badewasser, das abläuft, dem leeren Teller, der letzten Seite im Buch, dem Babysitter, der heimgeht. „Tschüss, Badewasser!“ So wird ein Ende zu etwas Vertrautem, mit Wort und Geste. Das macht auch den großen Abschied in der Kita etwas weniger plötzlich.

baby-swing-push-from-the-front =
    .title = In der Babyschaukel: von vorn anschubsen
    .body = Geht ihr heute auf den Spielplatz? Setz dein Baby in eine Babyschaukel und stell dich davor statt dahinter. Schubs sanft an, sag bei jedem Schwung „Und … da bist du wieder!“ und lass dein Gesicht mitspielen. So sieht dein Baby dich immer wieder und liest an deinem Gesicht: Das macht Spaß. Schaut es ernst, klammert es sich fest oder dreht es sich weg? Zu schnell oder zu hoch: sanfter, oder Pause.

danger-calm-hands-not-a-shout =
    .title = Gefahr? Ruhige Hände statt Schreien
    .body = Krabbelt dein Baby heute zur Treppe, zum Ofen oder zu einem Kabel? Geh hin, statt von Weitem „Nein!“ zu rufen. Nimm es hoch, sag kurz „Da nicht, das ist gefährlich. Wir spielen hier“ und setz es etwas weiter weg bei etwas Spannendem ab. Ein Ruf aus der Ferne erschreckt, lehrt aber wenig; deine ruhigen Hände bringen dieselbe Botschaft ohne den Schreck. Ein Treppengitter spart viele Wege.

a-cupboard-they-may-empty =
    .title = Ein Küchenschrank, der leer geräumt werden darf
    .body = Hängt dein Baby an deinen Beinen, während du kochst? Füll heute einen niedrigen Küchenschrank mit Dingen, die es gefahrlos ausräumen darf: Plastikdosen, einen Topf mit Deckel, Holzlöffel. Dein Baby darf ihn leer räumen, direkt neben dir. So entdeckt es die Welt, während du in der Nähe bist und ab und zu antwortest: „Du hast den Topf gefunden!“ Morgen tauschst du ein paar Dinge aus.

dropping-game-from-the-high-chair =
    .title = Das Fallenlassen-Spiel: mitspielen, freundlich aufhören
    .body = Wirft dein Baby immer wieder den Löffel vom Hochstuhl und schaut dich dann an? Das ist kein Ärgern, sondern ein Spiel: Ich lasse fallen, du hebst auf. Spiel ruhig ein paarmal mit: „Bumm! Weg … und da ist er wieder.“ Genug? Kündige das Ende an: „Noch einmal, dann bleibt der Löffel liegen.“ Bleib dabei und freundlich, auch bei Protest. So erlebt dein Baby, dass eine Grenze nicht böse sein muss.

a-cuddle-given-back =
    .title = Eine Umarmung zurück? Halt kurz inne
    .body = Legt dein Baby heute die Ärmchen um deinen Hals oder klopft dir sanft auf den Rücken, während du es hältst? Vielleicht ist es eine der ersten Umarmungen, die es dir von sich aus schenkt. Hör kurz auf mit dem, was du tust, bleib stehen und genieß es: „Was für eine schöne Umarmung!“ Dein Baby spürt, dass ankommt, was es gibt. Es passiert nicht jeden Tag, und gerade das macht es so schön.

where-is-the-lamp =
    .title = Wo ist die Lampe?
    .body = Frag heute in einem ruhigen Moment: „Wo ist die Lampe?“, und warte kurz. In diesem Alter verstehen viele Babys schon ein paar Wörter und schauen sich suchend um. Schaut dein Baby zur Lampe, sag fröhlich: „Ja, da ist die Lampe!“ Ihr schaut gemeinsam auf dasselbe, und dein Baby merkt, dass du es verstehst. Noch kein Blick? Schau selbst zur Lampe, nenn sie und versuch es ein andermal.

announce-the-hoover-first =
    .title = Erst ankündigen, dann staubsaugen
    .body = Hat dein Baby Angst vor dem Staubsauger? Lass ihn heute erst aus: Dein Baby darf ihn von deinem Schoß aus ansehen und anfassen. Sag dann „Jetzt brummt er laut“ und schalte ihn kurz am anderen Ende des Zimmers ein. Angekündigter Lärm ist weniger schlimm als Lärm, der einen überfällt. Weint dein Baby trotzdem? Schalte ihn aus, halt es eng bei dir und versuch es ein andermal, etwas weiter weg.

fireworks-or-thunder-inside-together =
    .title = Feuerwerk oder Gewitter: zusammen drinnen
    .body = Feuerwerk oder Gewitter heute Nacht, und dein Baby schreckt hoch? Geh hin, nimm es auf den Arm und sag ruhig, was los ist: „Das ist Donner. Er ist laut, aber wir sind drinnen. Ich bin bei dir.“ Setz dich ins ruhigste Zimmer, Vorhänge zu, und atme selbst langsam aus. Dein Baby leiht sich deine Ruhe, auch wenn du den Lärm nicht magst. Schläft es wieder, leg es auf den Rücken in sein Bett.

family-party-quiet-breaks =
    .title = Auf großen Festen: ab und zu in die Stille
    .body = Geht ihr heute zu einem großen Fest, etwa einer Hochzeit, zum Zuckerfest oder zu Weihnachten? Geh etwa jede Stunde mit deinem Baby für fünf Minuten in einen ruhigen Raum oder nach draußen, nur ihr zwei. Musik, Stimmen und Hände, die es halten wollen, sind viel auf einmal; eine kurze Pause verhindert, dass es zu viel wird. Reibt es sich die Augen oder dreht sich weg? Zeit für eine längere Pause.

working-nights-your-fixed-moment =
    .title = Nachtschicht? Such dir deinen festen Moment
    .body = Arbeitest du nachts oder im Schichtdienst und verpasst viel vom Tag deines Babys? Wähle einen festen Pflegemoment, der dir gehört, an den Tagen, an denen es geht: das Frühstück nach der Schicht, das Baden vor dem Aufbruch, das Lied zum Mittagsschlaf. Ein Moment, der immer wiederkommt, hält eure Bindung warm, auch wenn die Zeiten wechseln. Zehn Minuten wirklich zusammen zählen.

two-homes-same-bedtime-song =
    .title = Zwei Zuhause, dasselbe Schlaflied
    .body = Lebt dein Baby abwechselnd bei dir und beim anderen Elternteil? Vereinbart, dass ein paar Dinge in beiden Wohnungen gleich laufen: das Schlaflied, die Worte beim Zubettgehen. Erzähl bei der Übergabe kurz, wie es lief, oder gebt ein Heft in der Tasche mit. So muss dein Baby nicht in jeder Wohnung neu raten, was kommt. Weint es beim Wechsel? Das ist Abschiednehmen, kein schlechtes Zeichen.

moving-house-set-up-the-cot-first =
    .title = Umzug: zuerst das Babybett
    .body = Zieht ihr um? Stell in der neuen Wohnung zuerst das Bett deines Babys auf, so wie es in der alten stand, mit demselben Schlafsack. Halte das Abendritual genau gleich: dasselbe Lied, dieselben Worte, dieselbe Reihenfolge. Wenn um dein Baby herum alles neu ist, gibt der vertraute Rhythmus Halt. Ein paar unruhige Nächte sind normal; bleib dann etwas länger bei deinem Baby.

moving-house-tour-of-the-rooms =
    .title = Eine Führung durch das neue Zuhause
    .body = Gerade umgezogen? Trag dein Baby heute durch alle Zimmer und erzähl, was ihr seht: „Das ist die Küche. Hier steht dein Bett. Schau, das Fenster, der Baum draußen.“ Mach das ein paar Tage hintereinander. Deine Stimme und dein Arm machen aus einem fremden Ort langsam einen vertrauten. Lass dein Baby danach den Boden erkunden, aber prüf vorher Steckdosen, Treppe und Kabel.

when-the-familiar-carer-leaves =
    .title = Wenn die vertraute Bezugsperson geht
    .body = Verlässt die feste Betreuungsperson deines Babys die Kita, oder kommt ein neues Gesicht in die Gruppe? Frag, ob die vertraute Person ein paarmal zusammen mit der neuen arbeiten kann, damit sich dein Baby an die neuen Arme gewöhnt. Erzähl der neuen Person selbst, wie dein Baby getröstet werden mag, und nimm dir anfangs mehr Zeit beim Bringen. Mehr Tränen? Das ist Vermissen, kein Rückschritt.

first-night-at-the-grandparents =
    .title = Die erste Nacht bei den Großeltern
    .body = Schläft dein Baby zum ersten Mal bei den Großeltern? Lass es dort zuerst einen Mittagsschlaf machen, während du noch im Haus bist. Gib das Abendritual mit: derselbe Schlafsack, dasselbe Lied, dieselben Worte. Sprecht auch über sicheres Schlafen, denn früher machte man das anders: auf dem Rücken, im eigenen Bett, nichts Weiches darin, kein Kissen, kein Kuscheltier. Dann schläfst auch du ruhig.

tidy-up-one-block-together =
    .title = Zusammen ein Klötzchen in die Kiste
    .body = Liegt der Boden voller Bauklötze? Mach Aufräumen heute zu einem kleinen Spiel: Nehmt zusammen ein Klötzchen, halt die Kiste hin und sag „In die Kiste … plumps!“ Klatsch, wenn es hineinfällt. Den Rest räumst du auf, während dein Baby zuschaut oder noch eins bringt. So wird das Ende des Spielens ein fester, gemütlicher Moment mit dir. Sing jedes Mal dasselbe Aufräumlied dazu.

two-languages-speak-your-own =
    .title = Zwei Sprachen zu Hause? Sprich deine eigene
    .body = Sprichst du zu Hause eine andere Sprache als in der Kita? Sprich mit deinem Baby in der Sprache deines Herzens, in der du tröstest, scherzt und singst. Dein Baby beginnt jetzt, Wörter zu verstehen, und schafft das in zwei Sprachen zugleich. In deiner eigenen Sprache klingt deine Stimme so, wie dein Baby sie kennt. Niederländisch kommt in der Kita; bring den Betreuenden ein paar Trostworte bei.

sick-day-carry-more-do-less =
    .title = Ein kranker Tag: mehr tragen, weniger tun
    .body = Ist dein Baby erkältet oder fiebrig und will nur zu dir? Gib dem ruhig nach: trag es, nimm es auf den Schoß, lass die Wäsche liegen. Ein krankes Baby sucht mehr Nähe, und Nähe beruhigt. Schläft es auf dir ein und bist du müde, leg es in sein Bett. Trinkt es schlecht, wirkt es schlapp oder sorgst du dich? Ruf die Hausarztpraxis an, abends und nachts den hausärztlichen Notdienst (huisartsenpost).

soft-hands-when-they-grab =
    .title = Sanfte Hände
    .body = Zieht dein Baby heute an deinen Haaren, deiner Brille oder am Fell der Katze? Es erkundet und will nicht wehtun. Nimm ruhig das Händchen, öffne es und streichle damit gemeinsam deine Wange oder die Katze: „Sanft. So.“ Dein Baby spürt den Unterschied und sieht an deinem Gesicht, dass Streicheln schön ist. Es wird noch oft danebengehen, und das ist in Ordnung: Jedes Mal ruhig zeigen reicht.

baby-wrecks-a-siblings-game =
    .title = Das Baby wirft den Turm des großen Kindes um
    .body = Hat dein Baby heute den Klötzchenturm oder das Puzzle eines älteren Kindes umgeworfen? Sag dem älteren Kind, was du siehst: „Wie ärgerlich, du hast dir so viel Mühe gegeben.“ Und zu deinem Baby: „Du wolltest mitmachen, oder?“ Gib dem älteren Kind danach einen Platz, an den das Baby nicht kommt, etwa den Tisch. So fühlen sich beide gesehen, und dein Baby wird nicht „der Störenfried“ der Familie.

a-song-for-the-car-seat =
    .title = Ein Lied für den Autositz
    .body = Macht sich dein Baby steif oder weint, sobald der Autositz in Sicht kommt? Wähle ein Lied, das nur zum Autositz gehört, und sing es jedes Mal beim Anschnallen. Sag, was du tust: „Erst die Arme durch die Gurte, dann klick.“ Ein festes Lied und dieselben Worte machen aus einem lästigen Moment einen vorhersehbaren. Hilft es heute nicht? Bleib ruhig, schnall es gut an und sing morgen wieder.

nappy-change-baby-wants-to-go =
    .title = Wickeln, wenn dein Baby weg will
    .body = Dreht sich dein Baby bei jedem Wickeln um und will weg? Zum Ringkampf wird es oft erst, wenn du festhalten musst. Gib deinem Baby etwas zu tun, etwa die frische Windel halten oder ein Spielzeug, das es nur beim Wickeln gibt, und sag, was kommt: „Kurz liegen bleiben, dann darfst du los.“ Eine nasse Windel geht auch im Stehen am Sofa. Auf dem Wickeltisch bleibt immer eine Hand an deinem Baby.

a-spoon-of-their-own =
    .title = Ein eigener Löffel am Tisch
    .body = Greift dein Baby heute beim Füttern immer wieder nach dem Löffel? Gib ihm einen eigenen und leg ein paar weiche Stückchen zum Selbstgreifen aufs Tablett, während du mit dem anderen Löffel hilfst. Iss selbst etwas am selben Tisch und bleib dabei, solange dein Baby isst. Es spürt: Ich darf mitmachen und selbst probieren, und du bist da. Das wird eine Kleckerei, und das gehört dazu.

video-calls-with-faraway-family =
    .title = Videoanrufe mit der Familie in der Ferne
    .body = Wohnen die Großeltern oder andere Lieben weit weg, vielleicht im Ausland? Vereinbart eine feste Zeit für einen Videoanruf, etwa sonntags nach dem Frühstück, immer mit demselben Lied. Winkt am Ende tschüss. Ein vertrautes Gesicht, eine bekannte Stimme und ein wiedererkanntes Lied helfen deinem Baby, jemanden auch aus der Ferne kennenzulernen. Schaut es bald weg? Genug für heute.

dancing-in-the-kitchen =
    .title = Tanzen in der Küche
    .body = Wippt dein Baby schon zur Musik, stehend am Sofa oder auf deinem Arm? Leg heute ein Lied auf, das dich froh macht, und tanzt zusammen durch die Küche: wiegen, drehen, stillstehen, wenn die Musik aufhört. Rhythmus, dein Körper ganz nah und gemeinsames Lachen machen aus einem gewöhnlichen Moment ein Fest für zwei. Auch an einem schweren Tag kann ein Lied reichen, um euch beide aufzutanken.

a-few-nights-away-from-baby =
    .title = Ein paar Nächte fern von deinem Baby
    .body = Musst du ein paar Nächte weg, für die Arbeit, ins Krankenhaus oder zur Familie? Bitte die Person, die bei deinem Baby bleibt, die Tage normal zu halten: derselbe Rhythmus, dasselbe Schlaflied. Vereinbart eine feste Zeit für einen Anruf oder eine Sprachnachricht. Schaut dein Baby dich nach der Rückkehr erst nicht an? Ganz normal. Bleib nah, ohne zu drängen; die Wärme kommt meist von selbst zurück.

copy-me-copy-you =
    .title = Mach mir nach, ich mach dir nach
    .body = Macht dein Baby schon Dinge nach, etwa Klatschen oder Husten? Spielt heute ein Nachmach-Spiel: Mach etwas Einfaches vor, etwa auf den Kopf tippen oder ein Küsschen werfen, und warte. Macht dein Baby es nach, lach und probier etwas Neues; macht es selbst etwas, machst du es nach. So entsteht ein Gespräch ohne Worte, in dem ihr abwechselnd führt. Noch nicht? Dann schaut es lieber zu, auch gut.

clinic-visit-on-your-lap =
    .title = Bei der Untersuchung so lange wie möglich auf dem Schoß
    .body = Steht bald ein Termin im Consultatiebureau (der Kinderberatungsstelle) oder in der Hausarztpraxis an, zur Untersuchung oder Impfung? Frag, ob dein Baby möglichst lange auf deinem Schoß bleiben kann, auch beim Ausziehen und Abhören. Sprich leise, halte Blickkontakt. Fremder Ort, fremde Hände: Mit dir als sicherem Hafen ist das leichter. Danach trösten, so lange es braucht: Das ist kein Verwöhnen.

fasting-while-caring-for-baby =
    .title = Fasten und für dein Baby sorgen
    .body = Fastest du, etwa im Ramadan, und versorgst dein Baby? Halte die schwersten Stunden, oft den späten Nachmittag, ruhig: auf dem Boden, ein Spaziergang, nichts Großes. Lass dir beim Kochen fürs Iftar oder beim Baden helfen. Hunger und Müdigkeit machen ungeduldig, das ist menschlich. Stillst du? Sprich mit der Hausarztpraxis oder dem Consultatiebureau (der Kinderberatungsstelle) übers Fasten.

suddenly-scared-of-the-bath =
    .title = Plötzlich Angst vor dem Baden
    .body = Weint dein Baby plötzlich in der Wanne, obwohl es Baden immer liebte? Das kommt öfter vor, manchmal wegen des gurgelnden Abflusses oder eines Ausrutschers. Mach es zuerst wieder sicher: weniger Wasser, ein Handtuch auf dem Boden oder gemeinsam baden. Sag, was du siehst: „Das ist dir unheimlich, ich halte dich.“ Ein paar Tage nur Waschlappen geht auch. Beim Baden immer eine Hand an deinem Baby.

startled-by-your-no-repair =
    .title = Erschrocken über dein „Nein!“
    .body = Hast du heute laut „Nein!“ gerufen, als dein Baby nach deinem heißen Tee griff, und es brach in Tränen aus? Verständlich: Du bist erschrocken, und dein Baby mit dir. Nimm es hoch, sobald es geht, und sag leise: „Ich hab laut gerufen, weil der Tee heiß ist. Du hast dich erschreckt. Ich bin da.“ So ein Moment, wieder gutgemacht, stärkt eure Bindung. Stell heiße Getränke ab jetzt außer Reichweite.
