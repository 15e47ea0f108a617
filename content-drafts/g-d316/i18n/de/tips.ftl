face-wipe-after-eating =
    .title = Nach dem Essen: erst selbst mit dem Waschlappen
    .body = Dreht dein Baby nach dem Essen den Kopf weg, sobald der Waschlappen kommt? Gib ihm zuerst einen eigenen nassen Waschlappen zum Wischen, auch wenn es damit vor allem übers Tablett fährt. Sag dann, was du vorhast, „Jetzt dein Mund, ganz kurz“, und wisch sanft und kurz von der Seite statt quer übers Gesicht. So fühlt es sich weniger wie ein Überfall an. Ein paar Flecken dürfen bleiben.

grumpy-waking-from-the-nap =
    .title = Weinend aufgewacht nach dem Mittagsschlaf
    .body = Wacht dein Baby nach dem Mittagsschlaf weinend oder quengelig auf? Nimm es ruhig aus dem Bett und setzt euch eine Weile aufs Sofa, bevor es mit Essen oder Anziehen weitergeht. Gedämpftes Licht, wenige Worte, dein Arm um es herum. Manche Babys werden nur langsam wach, und mit deinem ruhigen Körper als Startpunkt gelingt das leichter. Fünf Minuten reichen oft.

window-wave-bye-bye-bus =
    .title = Dem Bus am Fenster zuwinken
    .body = Zeigt dein Baby zum Fenster, wenn ein Bus oder ein Fahrrad vorbeikommt? Stellt euch heute zusammen hin, sag, was es ist, und winkt: „Tschüss, Bus! Der kommt gleich wieder.“ Und so ist es, immer wieder. Das Spiel mit Weggehen und Wiederkommen macht echte Abschiede ein wenig begreifbarer. Schaut morgen zur gleichen Zeit wieder hinaus: Vielleicht hält dein Baby dann schon selbst Ausschau.

picture-book-let-them-point =
    .title = Im Bilderbuch darf dein Baby zeigen
    .body = Schaut ihr heute zusammen ein Bilderbuch an? Überlass das Zeigen deinem Baby. Wo der kleine Finger auch landet, benenne es und mach ein Geräusch dazu: „Eine Kuh! Muh.“ Abfragen wie „Wo ist der Hund?“ kannst du weglassen; folgen reicht. So entdeckt dein Baby, dass du dorthin schaust, wohin es schaut. Auf der Ecke kauen oder drei Seiten auf einmal umblättern ist in diesem Alter auch Lesen.

first-birthday-small-and-short =
    .title = Ein erster Geburtstag in Babygröße
    .body = Steht der erste Geburtstag bevor? Plan die Feier um den Tag deines Babys herum: nach einem Schläfchen, mit ein paar Menschen, die es kennt, und einer Endzeit, die du vorher ansagst. Ein kurzes Fest mit vertrauten Gesichtern passt besser zu einem Einjährigen als ein volles Haus den ganzen Nachmittag. Andere können an einem anderen Tag kommen. Und ist der Kuchen vor allem für die Großen? Auch gut.

their-own-words-list =
    .title = Eine Liste mit den eigenen Wörtern deines Babys
    .body = Hat dein Baby einen Laut, der immer dasselbe bedeutet, etwa „ba“ für die Flasche oder „wauwau“ für einen Hund, egal in welcher Sprache? Behandle ihn wie ein echtes Wort und antworte. Schreib diese Wörter heute auf und gib die Liste den Großeltern oder der Kita. Wissen alle, was „ba“ heißt, fühlt sich dein Baby an mehr Orten verstanden. Ergänze die Liste; sie ist auch eine schöne Erinnerung.

buggy-stop-where-they-point =
    .title = Beim Spaziergang dort anhalten, wo es zeigt
    .body = Bist du heute mit dem Kinderwagen unterwegs? Zeigt dein Baby auf einen Vogel, einen Hund oder einen Bagger, dann halt an und geh neben dem Wagen in die Hocke. Benenne es und warte kurz: „Eine Taube. Sie pickt.“ Ein paar Minuten bestimmt dein Baby den Weg und du folgst. Wem gefolgt wird, der spürt: Was mir auffällt, ist dir wichtig. Es wird ein langsamer Spaziergang, also wähl einen Tag ohne Eile.

word-with-a-hand-sign =
    .title = Ein Handzeichen zum Wort
    .body = Wähl zwei oder drei Wörter, die jeden Tag vorkommen, etwa „mehr“, „alle“ oder „schlafen“, und gib jedem ein einfaches Handzeichen. Nutz heute Wort und Zeichen gemeinsam beim Essen und beim Schlafengehen. Viele Babys können eine Geste machen, bevor sie das Wort sagen, und dir etwas mitteilen zu können nimmt dem Frust die Spitze. Die Wörter kommen trotzdem; die Geste ist eine Brücke bis dahin.

calling-from-the-next-room =
    .title = Krabbelt es weg? Antworte, wenn es ruft
    .body = Ist dein Baby in den Flur oder ins Nebenzimmer gekrabbelt und ruft jetzt oder lugt um die Tür zurück? Wenn der Raum sicher ist, antworte von dort, wo du bist: „Ich bin hier, in der Küche!“ Deine Stimme ist ein Seil, an dem es sich festhalten kann, während es noch ein Stück weiter entdeckt. Kommt es zurückgesaust, begrüß es und lass es wieder los. Du musst es nicht jedes Mal holen.

shape-that-wont-fit =
    .title = Wenn das Klötzchen nicht passt
    .body = Wird dein Baby wütend, weil eine Form nicht durchs Loch passt oder ein Deckel nicht aufgeht? Sag zuerst, was los ist: „Grr, blöd, das passt nicht.“ Hilf dann nur ein kleines bisschen: Dreh die Form richtig herum und lass dein Baby den letzten Schubs geben. Deine Worte zeigen, dass das Gefühl verstanden wird; die kleine Hilfe macht es machbar. Weiter Tränen? Erst kuscheln, später puzzeln.

another-child-grabs-the-toy =
    .title = Ein anderes Kind nimmt das Spielzeug weg
    .body = Reißt ein anderes Kind deinem Baby bei Freunden oder auf dem Spielplatz das Spielzeug aus der Hand? Geh in die Hocke und sag, was passiert ist: „Oh, du hattest den Ball. Jetzt ist er weg. Das findest du doof.“ Tröste zuerst; dann sucht ihr etwas anderes oder fragt ruhig nach dem Ball. Teilen versteht dein Baby noch nicht, gesehen werden im Ärger schon. Das andere Kind ist nicht böse, nur klein.

dressing-wait-for-the-arm =
    .title = Anziehen: Warte, bis das Ärmchen kommt
    .body = Ist Anziehen oft ein Schieben und Zerren? Halt heute den Ärmel offen, frag „Wo ist dein Arm?“ und warte ein paar Sekunden. Um den ersten Geburtstag helfen viele Babys ein bisschen mit: einen Arm durch den Ärmel schieben, einen Fuß heben. Sag, was du siehst: „Da ist er! Du hast geholfen.“ So wird Anziehen etwas Gemeinsames. Klappt es heute nicht? Dann machst du es einfach selbst.

baby-says-no-without-words =
    .title = Dein Baby sagt „Nein“ ohne Worte
    .body = Schüttelt dein Baby den Kopf, schiebt deine Hand weg oder dreht sich ab, wenn du etwas anbietest? So sagen viele Babys ihr erstes „Nein“. Nimm es heute ernst, wo es geht: „Nein? Nicht den Teddy. Okay.“ Muss etwas trotzdem sein, etwa Jacke oder Windel, sag, dass du es gemerkt hast: „Du willst nicht, oder? Gleich fertig.“ Ein gehörtes „Nein“ lehrt dein Baby: Es lohnt sich, Bescheid zu geben.

climbing-everything-cushion-mountain =
    .title = Klettert dein Baby überall hoch? Bau einen Kissenberg
    .body = Klettert dein Baby neuerdings überall hoch, vom Couchtisch bis zur offenen Spülmaschine? Leg heute Sofakissen und ein paar Decken zu einem niedrigen Berg auf den Boden und setz dich daneben. Lass dein Baby klettern, rollen und herunterrutschen, und schau zu: „Du bist ganz oben!“ Mit dir in der Nähe traut es sich etwas und kommt zurück, wenn es zu wild wird. Räumt den Berg danach zusammen weg.

hello-on-a-toy-phone =
    .title = „Hallo, wer ist da?“ Telefonieren mit Spielzeug
    .body = Greift dein Baby ständig nach deinem Handy? Nimm ein Spielzeugtelefon oder ein Klötzchen, halt es ans Ohr und sag: „Hallo? Ach, du bist es!“ Gib es dann deinem Baby und warte. Antworte auf jeden kleinen Laut wie in einem echten Gespräch, mit Pausen, in denen dein Baby dran ist. So übt ihr das Hin und Her des Sprechens. Manche Babys brabbeln sofort zurück, andere schauen erst; beides ist gut.

let-them-press-the-button =
    .title = Lass dein Baby auf den Knopf drücken
    .body = Zeigt dein Baby auf den Lichtschalter, die Klingel oder den Knopf im Aufzug? Heb es hoch und lass es selbst drücken: Licht an, Licht aus. Sag, was passiert: „Du hast das Licht angemacht!“ So entdeckt dein Baby, dass sein eigenes Tun etwas bewirkt, und mit deinem frohen Gesicht dazu fühlt sich das besonders gut an. Steckdosen und Herdknöpfe bleiben natürlich tabu.

stairs-with-you-right-behind =
    .title = Treppensteigen, mit dir direkt dahinter
    .body = Zieht die Treppe dein Baby magisch an? Klettert heute zusammen ein paar Stufen hoch, du direkt dahinter, deine Hände in der Nähe. Übt danach das Herunterkommen: umgedreht, auf dem Bauch, Füße zuerst. Dein Baby darf etwas Aufregendes ausprobieren, mit dir als Sicherheitsnetz. Schließ danach das Treppengitter wieder: Die Treppe ist vorerst etwas, das ihr zusammen macht, nicht allein.

first-rides-in-the-bike-seat =
    .title = Die ersten Fahrten im Fahrradsitz
    .body = Sitzt dein Baby sicher und fährt im Fahrradsitz mit? Fang mit einer kurzen Runde zu einer ruhigen Zeit an und plaudere unterwegs einfach weiter: „Los geht’s! Schau, ein Hund.“ Hinten sieht dein Baby dein Gesicht nicht, also sagt ihm deine Stimme, dass du da bist. Sing auf einem festen Stück des Wegs immer dasselbe Lied. Nach ein paar Fahrten freut es sich vielleicht schon auf euer Fahrradlied.

childcare-song-sung-at-home =
    .title = Das Kita-Lied, auch zu Hause
    .body = Wird in der Kita oder in der Tagespflege ein festes Lied gesungen, beim Essen, Aufräumen oder vor dem Schlafen? Frag beim Abholen, welches Lied es ist, und lass es dir kurz vorsingen. Sing es zu Hause in einem ähnlichen Moment. So klingt an beiden Orten etwas Vertrautes, und dein Baby merkt, dass die zwei Welten zusammengehören. Du kennst den Text nicht? Summ die Melodie; darauf kommt es an.

song-with-a-gesture-gap =
    .title = Ein Bewegungslied mit einer Lücke für dein Baby
    .body = Sing heute ein Bewegungslied, zum Beispiel „Die Räder vom Bus“ mit kreisenden Händen. Halt nach ein paar Runden kurz vor einer Geste inne und warte mit großen Augen. Viele Babys füllen die Lücke mit einem Winken, einem Klatschen oder einem eigenen Laut. Durch diese Pause wird dein Lied zu einem Gespräch, in dem dein Baby eine Rolle hat. Schaut es vorerst nur zu? Auch gut: Es speichert alles ab.

a-remark-that-keeps-nagging =
    .title = Eine Bemerkung, die an dir nagt
    .body = Hat jemand etwas über dein Baby gesagt, das dich nicht loslässt, etwa „Sie ist aber still, oder?“ oder „Er sagt ja noch gar nichts“? Trag das nicht allein herum und such nachts nicht endlos im Handy. Ruf beim Consultatiebureau (Kinderberatungsstelle) an und erzähl, was du gehört hast und was du selbst siehst. Oft ist alles gut, und wenn nicht, bist du früh dran. Fragen ist nicht übertrieben.

walking-on-your-fingers =
    .title = An deinen Fingern laufen, und dein Rücken?
    .body = Will dein Baby den ganzen Tag an deinen Fingern durchs Haus laufen, und dein Rücken protestiert? Wechsle ab. Stell einen stabilen Karton mit Büchern darin zum Schieben hin, lass es am Sofa entlanghangeln, oder setz dich auf den Boden und halt seine Hände, während es vor dir steht. Dein Baby will vor allem üben, mit dir in der Nähe, nicht unbedingt an deiner Hand. So haltet ihr beide länger durch.

back-to-normal-after-a-sick-week =
    .title = Nach einer kranken Woche Schritt für Schritt zurück
    .body = Ist dein Baby wieder gesund, aber noch anhänglich und schläft schlecht? Das dauert oft ein paar Tage. Nehmt euren Rhythmus Stück für Stück wieder auf: erst das vertraute Zubettgehen, dann die Nickerchen, dann den Rest. Gib ihm so lange die Extra-Nähe, nach der es fragt. Nach einer Woche noch nicht das alte? Sprich mit der Hausarztpraxis oder dem Consultatiebureau (Kinderberatungsstelle).

eating-out-with-your-baby =
    .title = Mit dem Baby essen gehen
    .body = Geht ihr heute essen, im Restaurant oder Café? Wähl eine Zeit nah an der gewohnten Essenszeit deines Babys und nimm seinen Löffel, seinen Becher und etwas Vertrautes zu essen mit. Stell den Hochstuhl neben dich, damit es dein Gesicht sieht und nicht nur den Trubel. Vertraute Dinge machen einen fremden Ort vertrauter. Rechne mit einem kurzen Essen; der Nachtisch kann mit nach Hause.

lots-of-new-toys-one-at-a-time =
    .title = Viel neues Spielzeug? Eins nach dem anderen
    .body = Hat dein Baby zu einem Geburtstag oder Fest einen Berg neues Spielzeug bekommen? Räum das meiste erst einmal weg und hol heute ein Ding hervor. Entdeckt es zusammen auf dem Boden, ohne Eile und ohne gleich zu zeigen, wie es „richtig“ geht. Zu viel auf einmal macht viele Babys unruhig; ein Ding mit deiner Aufmerksamkeit ist ein Fest. Tausch in ein, zwei Wochen: Was weg war, wirkt dann wieder neu.

first-birthday-looking-back =
    .title = Ein Jahr zusammen: Erzähl, wie es wirklich war
    .body = Um den ersten Geburtstag blicken viele Eltern zurück. Neben Stolz können Erinnerungen an eine schwere Geburt, einen Klinikaufenthalt oder harte Monate hochkommen. Das ist normal. Erzähl heute jemandem, dem du vertraust, wie dieses Jahr für dich wirklich war, auch das Schwere. Gehört zu werden hilft beim Einordnen. Wiegen die Erinnerungen weiter schwer? Sprich mit deinem Hausarzt (huisarts).

the-walking-yet-question =
    .title = „Läuft das Baby schon?“
    .body = Bei Festen beginnt das Vergleichen: Wer läuft schon, wer spricht schon? Leg dir heute einen Satz zurecht: „Wir machen das in unserem Tempo.“ Beim Laufen und Sprechen liegen um den ersten Geburtstag oft Monate zwischen Babys; das ist normal. Dein Baby muss nicht mithalten, sondern braucht jemanden, der sich an ihm freut. Echte Sorgen? Besprich sie im Consultatiebureau (Kinderberatungsstelle).

no-forced-kisses-a-wave-will-do =
    .title = Kein Küsschen erzwingen: Winken geht auch
    .body = Bittet ein Onkel, eine Tante oder die Oma um ein Küsschen, und dein Baby taucht an deiner Schulter ab? Hilf beiden, deinem Baby und dem Erwachsenen: „Heute winken wir. Winkst du zurück?“ Wink selbst vor, ohne zu drängen. So lernt dein Baby, dass es über den eigenen Körper mitbestimmen darf, und der andere bekommt trotzdem einen Gruß. Oft kommt das Küsschen später von allein, wenn dein Baby mag.

shy-baby-roll-a-ball =
    .title = Scheues Baby, enttäuschte Familie? Rollt einen Ball
    .body = Weint dein Baby, wenn Oma, Opa oder eine Tante es hochnehmen will, und fühlt sich diese Person zurückgewiesen? Gib ihr ein Spiel auf Abstand: einen Meter entfernt am Boden sitzen und einen Ball zu deinem Baby rollen, das sicher auf deinem Schoß bleibt. Ob er zurückkommt, entscheidet dein Baby. So bekommt sie eine echte Rolle, in seinem Tempo. Und sag dazu: nicht persönlich, in diesem Alter normal.

petting-farm-from-your-arm =
    .title = Im Streichelzoo, von deinem Arm aus
    .body = Geht ihr heute in den Streichelzoo? Trag dein Baby auf der Hüfte und lass seinen Körper zeigen, wie nah ihr geht. Nach vorn lehnen und zeigen heißt „näher!“; steif werden oder das Gesicht an deinen Hals drücken: „weit genug“. Benenne, was ihr seht: „Eine Ziege. Mäh!“ Hältst du den Abstand, den es wählt, wird Neues zum Abenteuer statt zum Schreck. Beim nächsten Mal traut es sich oft mehr.

supermarket-point-and-hold =
    .title = Im Laden: Lass es halten, worauf es zeigt
    .body = Gehst du heute mit deinem Baby im Sitz des Einkaufswagens einkaufen? Zeigt es auf Bananen oder Brot, benenne es und gib es ihm kurz zum Halten: „Bananen. Nehmen wir welche mit?“ Dann darf es sie in den Wagen plumpsen lassen. So bekommt es Wort, Gefühl und Gewicht auf einmal, und eine Aufgabe an einem trubeligen Ort. Zu einer ruhigen Tageszeit klappt das besser als im Samstagsgedränge.

their-first-joke =
    .title = Lach über den ersten Witz deines Babys
    .body = Hält dir dein Baby ein Spielzeug hin und zieht es weg, gerade wenn du zugreifen willst, oder setzt es sich einen Becher auf den Kopf und schaut dich an? Das ist ein Witz, einer der allerersten. Lach mit, spiel deine Rolle („He! Wo ist es hin?“) und lass es noch mal machen. Gemeinsames Lachen sagt: Ich sehe dich, und ich mag, was du tust. Achte auf den frechen Blick vor der nächsten Runde.

grief-in-the-family =
    .title = Trauer in der Familie, mit einem Baby dabei
    .body = Ist jemand gestorben, mit Beerdigung und Tagen voller Trauer? Bitte eine vertraute Person, an dem Tag für dein Baby da zu sein und mit ihm rauszugehen, wenn es zu viel wird. Zu Hause bleibt das Zubettgeh-Ritual. Weinen vor deinem Baby ist erlaubt; sag dann leise: „Ich bin traurig, und ich hab dich lieb.“ Dein Baby muss nichts lösen, braucht aber einen festen Arm. Du auch: Lass dir helfen.

missed-the-first-steps =
    .title = Die ersten Schritte verpasst?
    .body = Hat dein Baby die ersten Schritte in der Kita gemacht, bei Oma und Opa oder während du kurz weg warst? Das kann einen Stich geben. Frag ruhig, wie es war, und feiere, wenn du es selbst siehst: Für dich ist es das erste Mal, und dein Baby spürt vor allem deine Freude. Du hast nichts Wesentliches verpasst. Dass dein Baby sich dort zu üben traute, zeigt, dass es sich auch dort sicher fühlt.

new-baby-coming-time-the-changes =
    .title = Kommt ein Baby dazu? Plant die großen Veränderungen
    .body = Bekommt eure Familie Nachwuchs? Schau, welche Veränderungen auf dein erstes Kind zukommen: ein anderes Zimmer, der Kita-Start, ein neues Bett. Wo es geht, legt sie ein paar Monate vor die Geburt oder deutlich danach. Klärt jetzt schon, bei wem dein Kleines während der Geburt bleibt, am liebsten bei jemandem, den es gut kennt. Weniger Neues auf einmal macht ein Geschwisterchen leichter willkommen.

pregnant-and-tired-floor-cuddles =
    .title = Wieder schwanger und müde? Kuscheln auf Bodenhöhe
    .body = Bist du wieder schwanger, und das Heben und Tragen deines Einjährigen fällt dir schwer? Verleg die Nähe auf den Boden: Setz dich auf eine Decke und lass dein Baby auf deinen Schoß klettern, oder lies im Liegen auf dem Sofa, dein Kleines an dich gekuschelt. Überlass das schwere Heben, wo es geht, jemand anderem. Nähe muss nicht Tragen heißen; dein Baby will vor allem bei dir sein.

library-let-them-choose =
    .title = Zusammen in die Bücherei
    .body = Geh heute mit deinem Baby in die Bücherei und such die Ecke mit Babybüchern. Setz dich auf den Boden, leg ein paar Bücher hin und lass dein Baby wählen: greifen, umdrehen, draufklopfen. Das Buch, nach dem es immer wieder greift, kommt mit. Gemeinsam auswählen ist schon ein Gespräch, und ein selbst gewähltes Buch fühlt sich an wie seins. Eine Viertelstunde reicht; morgen lest ihr es zu Hause.

awake-at-five-every-morning =
    .title = Jeden Morgen um fünf Uhr wach?
    .body = Ist dein Baby seit Wochen im Morgengrauen wach, und du bist erledigt? Mach die erste Stunde ruhig: gedämpftes Licht, ein Glas Wasser für dich, ihr zwei auf einer Decke in einem sicheren Zimmer mit Büchern und Klötzen, ohne Trubel und Bildschirm. Wechselt euch wenn möglich mit dem Frühdienst ab, und geh selbst mal früher ins Bett. So früh muss es nicht gemütlich sein; ruhig und zusammen reicht.

washing-hands-together-before-meals =
    .title = Vor dem Essen zusammen Hände waschen
    .body = Wascht heute vor dem Essen zusammen die Hände. Nimm dein Baby am Wasserhahn auf die Hüfte, lass lauwarmes Wasser über eure Hände laufen und reib die Seife sanft zwischen seinen Händchen. Halt dann deine Hände hin: Darf dein Baby sie waschen? So wird eine Pflicht zu Berührung und Abwechseln, und bald weiß dein Baby: Nach dem Wasserhahn kommt das Essen. Spritzen gehört dazu; leg ein Handtuch bereit.

new-partner-bond-grows-slowly =
    .title = Neue Liebe im Haus? Lass die Bindung langsam wachsen
    .body = Ist ein neuer Partner oder eine neue Partnerin oft bei euch? Lass ihn oder sie zuerst spielen, vorlesen oder den Ball zurückrollen, während Trösten und Insbettbringen vorerst bei dir bleiben. So lernt dein Baby den neuen Menschen in schönen Momenten kennen, in seinem Tempo. Bindung an mehr Menschen geht, aber Schritt für Schritt. Hält es erst Abstand? Das sagt nichts über den anderen; gib Zeit.

teddy-gets-a-drink =
    .title = Der Teddy hat auch Durst
    .body = Halt heute einen Becher an den Mund eines Teddys: „Teddy hat Durst. Mmm, lecker!“ Gib den Becher dann deinem Baby und schau, was passiert. Um den ersten Geburtstag machen manche Babys das schon nach. Sag, was du siehst: „Du gibst Teddy zu trinken. Lieb von dir.“ So tun als ob ist eine frühe Art, daran zu denken, was ein anderer braucht. Morgen ist Teddy vielleicht müde.

first-shoes-shoes-on-we-go-out =
    .title = Erste Schuhe: „Schuhe an, wir gehen raus!“
    .body = Macht dein Baby ein paar Schritte, und stehen die ersten Schuhe für draußen an? Mach aus dem Anziehen ein kleines Ritual: Lass dein Baby einen Schuh halten, schiebt das Füßchen zusammen hinein und sag jedes Mal dieselben Worte: „Schuhe an, wir gehen raus!“ Vertraute Worte machen aus einer Fummelei ein Signal, auf das sich dein Baby freuen lernt. Drinnen gehen nackte Füße oder Stoppersocken.

in-the-park-feel-and-name =
    .title = Im Park: fühlen lassen und ein Wort dazu
    .body = Geht ihr heute in den Park oder in den Wald? Such ein Plätzchen und gib deinem Baby Dinge zum Fühlen: ein Blatt, einen Tannenzapfen, einen Zweig, die raue Baumrinde. Sag ein Wort dazu: „Rau. Nass. Glatt.“ Fühlen und dabei dein Wort hören macht Sprache greifbar, und du folgst dem, was dein Baby fesselt. Kleine Steine und Beeren gehören nicht in den Mund, also schau gut hin.

familiar-face-looks-different =
    .title = Sieht ein vertrautes Gesicht plötzlich anders aus?
    .body = Neue Brille, Bart ab, eine neue Frisur, oder jemand Vertrautes plötzlich mit Mütze oder Maske? Erschrickt dein Baby oder schaut es misstrauisch? Sprich zuerst mit deiner gewohnten Stimme und lass es in Ruhe schauen und fühlen: die Brille, die Wange, die Haare. Babys lesen Gesichter sehr genau; eine vertraute Stimme hilft, das neue Bild wiederzuerkennen. Nach ein, zwei Tagen ist es meist vergessen.

first-haircut-on-your-lap =
    .title = Ein erster Haarschnitt auf deinem Schoß
    .body = Erster Haarschnitt, beim Friseur oder zu Hause? Nimm dein Baby vor einem Spiegel auf den Schoß, damit es euch beide sieht, und erzähl, was passiert: „Schnipp, ein Löckchen.“ Gib ihm einen Kamm zum Halten. Dein Schoß und deine Stimme machen das Schnippeln weniger unheimlich. Wähl einen Moment, in dem es ausgeruht und satt ist, und halt es kurz. Zu viel? Hör auf: Ein schiefer Pony geht auch.

from-two-naps-to-one =
    .title = Von zwei Schläfchen zu einem, nach und nach
    .body = Wehrt sich dein Baby gegen das zweite Schläfchen? Manche Babys wechseln um diese Zeit zu einem Schläfchen, viele erst später. Der Wechsel dauert oft Wochen. Verleg an Ein-Schläfchen-Tagen Mittagessen und Schlaf etwas vor und bring es abends früher ins Bett. Übermüdete Babys sind oft anhänglicher und weinen schneller; rechne am späten Nachmittag mit extra Kuscheln.

stopping-a-feed-keep-the-lap =
    .title = Flasche oder Stillmahlzeit abgewöhnen? Der Schoß bleibt
    .body = Gewöhnst du um den ersten Geburtstag die Flasche ab oder eine Stillmahlzeit? Diese Mahlzeit war oft auch ein Moment der Nähe. Behalte diesen Teil: zur gleichen Tageszeit dein Baby auf dem Schoß, mit einem Becher Milch oder einem Snack, einem Buch und deinem Arm um es herum. Mit einer Mahlzeit aufzuhören heißt nicht, mit dem Kuscheln aufzuhören. Eile ist nicht nötig: Findet euer eigenes Tempo.

a-homemade-book-of-their-day =
    .title = Ein selbst gemachtes Buch über den Tag deines Babys
    .body = Mach heute ein paar Fotos vom ganz normalen Tag deines Babys: Aufwachen, Frühstück, Kinderwagen, Baden, Bett. Druck sie aus, steck sie in ein kleines Album und blättert es zusammen durch: „Schau, du in der Wanne. Und dann?“ Ein Buch, in dem dein Baby die Hauptrolle spielt und alles in vertrauter Reihenfolge passiert, wird oft ein Liebling. Später kannst du Seiten für Neues ergänzen.

working-from-home-baby-awake =
    .title = Homeoffice, während dein Baby wach ist?
    .body = Arbeitest du heute zu Hause, während dein Baby wach ist, weil die Kita zu ist oder es krank war? Plan die Arbeit in Blöcken und schenk dazwischen kurze Stücke voller Aufmerksamkeit: fünf Minuten am Boden, Laptop zu, wirklich zusammen. Das klappt besser als den ganzen Tag halb. Sag, wenn du weiterarbeitest: „Ich tippe jetzt ein bisschen, ich bin hier.“ Kaum etwas geschafft? Das liegt nicht an dir.

arms-up-pick-me-up =
    .title = Ärmchen hoch: „Hoch!“
    .body = Steht dein Baby an deinem Bein und streckt die Ärmchen hoch? Eine der deutlichsten Fragen, die ein Baby stellen kann: Nimm mich hoch, ich will zu dir. Nimm es heute ein paar Mal hoch, sobald es fragt, auch nur für eine halbe Minute. Geht es wirklich nicht, etwa mit einem heißen Topf in der Hand, geh kurz in die Hocke: „Ich sehe dich. Erst der Topf, dann nehme ich dich hoch.“ Und tu es dann auch.
