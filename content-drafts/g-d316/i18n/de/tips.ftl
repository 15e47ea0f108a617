sick-week-on-the-sofa =
    .title = Eine kranke Woche: Das Sofa darf gewinnen
    .body = Ist dein Baby diese Woche krank und will nur noch getragen werden? Mach eine Sofawoche daraus: kuscheln, tragen, vorlesen, der Haushalt wartet. Ein krankes Kind findet Sicherheit in Nähe; verwöhnen ist das nicht. Wechselt euch ab, wenn es geht. Trinkt dein Baby schlecht, wirkt es schlapp oder machst du dir Sorgen, ruf die Hausarztpraxis an, nachts die Huisartsenpost (hausärztlicher Notdienst).

stuck-standing-in-the-cot =
    .title = Nachts im Bettchen im Stehen festgesteckt
    .body = Zieht sich dein Baby nachts im Bettchen hoch und weint, weil es nicht mehr herunterkommt? Geh ruhig hin und leg es mit wenigen Worten und einer Hand auf dem Bauch wieder hin. Jeder ruhige Besuch sagt: Du hast gerufen, ich bin gekommen. Übt tagsüber das Hinsetzen aus dem Stand: ein Spielzeug am Boden, deine Hände an der Hüfte, „Plumps, sitzen!“ Kann es das allein, werden die Nächte oft ruhiger.

window-wave-bye-bye-bus =
    .title = Dem Bus am Fenster zuwinken
    .body = Zeigt dein Baby zum Fenster, wenn ein Bus oder ein Fahrrad vorbeikommt? Stellt euch heute zusammen hin, sag, was es ist, und winkt: „Tschüss, Bus! Der kommt gleich wieder.“ Und so ist es, immer wieder. Das Spiel mit Weggehen und Wiederkommen macht echte Abschiede ein wenig begreifbarer. Schaut morgen zur gleichen Zeit wieder hinaus: Viele Babys halten dann schon selbst Ausschau.

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
    .body = Wähl zwei oder drei Wörter, die jeden Tag vorkommen, etwa ‚mehr‘, ‚alle‘ oder ‚schlafen‘, und gib jedem ein einfaches Handzeichen. Nutz heute Wort und Zeichen gemeinsam beim Essen und beim Schlafengehen. Viele Babys können eine Geste machen, bevor sie das Wort sagen, und dir etwas mitteilen zu können nimmt dem Frust die Spitze. Die Wörter kommen trotzdem; die Geste ist eine Brücke bis dahin.

calling-from-the-next-room =
    .title = Krabbelt es weg? Antworte, wenn es ruft
    .body = Ist dein Baby in den Flur oder ins Nebenzimmer gekrabbelt und ruft jetzt oder lugt um die Tür zurück? Wenn der Raum sicher ist, antworte von dort, wo du bist: „Ich bin hier, in der Küche!“ Deine Stimme ist ein Seil, an dem es sich festhalten kann, während es noch ein Stück weiter entdeckt. Kommt es zurückgesaust, begrüß es und lass es wieder los. Du musst es nicht jedes Mal holen.

shape-that-wont-fit =
    .title = Wenn das Klötzchen nicht passt
    .body = Wird dein Baby wütend, weil eine Form nicht durchs Loch passt oder ein Deckel nicht aufgeht? Sag zuerst, was los ist: „Grr, blöd, das passt nicht.“ Hilf dann nur ein kleines bisschen: Dreh die Form richtig herum und lass dein Baby den letzten Schubs geben. Deine Worte zeigen, dass das Gefühl verstanden wird; die kleine Hilfe macht es machbar. Weiter Tränen? Erst kuscheln, später puzzeln.

two-spoons-at-the-table =
    .title = Zwei Löffel am Tisch
    .body = Schnappt dein Baby beim Essen nach dem Löffel in deiner Hand? Gib ihm einen eigenen Löffel und etwas Fingerfood, und behalte selbst einen zweiten. Setzt euch gegenüber und iss selbst auch etwas. Es selbst machen zu wollen ist ein gesunder Schritt, und das gemeinsame Essen bleibt so ein Moment der Nähe statt eines Tauziehens. Eine Decke unter dem Hochstuhl hilft: Das Gekleckere gehört dazu.

nappy-change-for-a-wriggler =
    .title = Wickeln mit einem Zappelkind
    .body = Dreht sich dein Baby bei jedem Wickeln weg und protestiert? Stillliegen ist schwer, wenn man sich viel lieber bewegt. Gib ihm eine Aufgabe, etwa die frische Windel halten, oder ein Spielzeug, das es nur beim Wickeln gibt. Manchmal kannst du auch im Stehen wickeln, während es sich am Sofa festhält. So wird aus dem täglichen Ringen Zusammenarbeit, auch wenn es an manchen Tagen ein Kampf bleibt.

each-parent-their-own-language =
    .title = Zwei Sprachen zu Hause: Sprich deine eigene
    .body = Sprecht ihr zu Hause zwei Sprachen? Jeder Erwachsene spricht mit dem Baby die Sprache, in der er sich am meisten daheim fühlt: die fürs Trösten, für Witze und Schlaflieder. Niederländisch kommt auch über Kita, Schule und Freunde. Ein Baby bindet sich über warme Worte, nicht über perfekte Grammatik; ab und zu mischen schadet nicht. Fragen? Stell sie im Consultatiebureau (Kindergesundheitsstelle).

bath-suddenly-scary =
    .title = Plötzlich Angst vor der Badewanne
    .body = Schreit dein Baby, das immer so gern badete, plötzlich beim Wasser oder Haarewaschen? Viele Babys haben so eine Phase. Nimm die Angst ernst und mach es kleiner: weniger Wasser, ein nasser Waschlappen statt Gießen, oder steigt zusammen in die Wanne und halt es an dich gedrückt. Lass es zuerst Wasser über deine Hand gießen. Eine Weile am Waschbecken waschen geht auch; der Spaß kommt meist zurück.

for-you-for-me-at-snack-time =
    .title = „Eins für dich, eins für mich“
    .body = Verteil heute beim Snack Obststückchen: „Eins für dich, eins für mich.“ Hält dir dein Baby ein angelutschtes Stück hin, nimm es mit echter Freude an, sag danke und gib eins zurück. Geben und Zurückbekommen ist eines der ersten Spiele mit Abwechseln und zeigt deinem Baby, dass willkommen ist, was es anbietet. Will es das Stück gleich zurück? Gut so: In diesem Alter ist Geben vor allem Spiel.

big-sibling-and-the-crawler =
    .title = Wenn das Baby den Turm der Großen umwirft
    .body = Krabbelt dein Baby direkt auf die Bauklötze oder Bilder eines älteren Geschwisters zu? Gib dem großen Kind einen eigenen Platz, etwa den Tisch oder eine Ecke hinter einem Gitter. Benenne auch seine Gefühle: „Mist, dein Turm ist umgefallen. Das Baby will so gern mit dir spielen.“ Ein großes Kind, das sich gesehen fühlt, findet leichter Geduld. Zehn Minuten allein mit ihm helfen oft am meisten.

stairs-with-you-right-behind =
    .title = Treppensteigen, mit dir direkt dahinter
    .body = Zieht die Treppe dein Baby magisch an? Klettert heute zusammen ein paar Stufen hoch, du direkt dahinter, deine Hände in der Nähe. Übt danach das Herunterkommen: umgedreht, auf dem Bauch, Füße zuerst. Dein Baby darf etwas Aufregendes ausprobieren, mit dir als Sicherheitsnetz. Schließ danach das Treppengitter wieder: Die Treppe ist vorerst etwas, das ihr zusammen macht, nicht allein.

gentle-hands-for-the-cat =
    .title = Sanfte Hände für Katze oder Hund
    .body = Greift dein Baby ins Fell der Katze oder nach den Ohren des Hundes? Leg deine Hand über seine und streichelt zusammen langsam, während du leise sagst: „Sanft, ganz sanft.“ Streichle danach sein Ärmchen genauso, damit es spürt, was sanft heißt. Deine langsame Hand und ruhige Stimme lehren mehr als ein scharfes „Nein!“. Bleib aber dabei: Auch ein geduldiges Tier kann zuschnappen, wenn man es packt.

video-call-with-family-far-away =
    .title = Familie weit weg: ein fester Videoanruf
    .body = Wohnt die Familie weit weg, vielleicht in einem anderen Land? Verabredet jede Woche zur gleichen Zeit einen kurzen Videoanruf, dein Baby auf dem Schoß. Lass Oma oder Opa jedes Mal dasselbe Lied singen oder mit einem Tuch Kuckuck spielen. Schaut dein Baby nach einer Minute weg oder krabbelt davon? Ganz normal; plaudere einfach weiter. Stimme und Ritual machen einen späteren Besuch weniger fremd.

song-with-a-gesture-gap =
    .title = Ein Bewegungslied mit einer Lücke für dein Baby
    .body = Sing heute ein Bewegungslied, zum Beispiel ‚Die Räder vom Bus‘ mit kreisenden Händen. Halt nach ein paar Runden kurz vor einer Geste inne und warte mit großen Augen. Viele Babys füllen die Lücke mit einem Winken, einem Klatschen oder einem eigenen Laut. Durch diese Pause wird dein Lied zu einem Gespräch, in dem dein Baby eine Rolle hat. Schaut es vorerst nur zu? Auch gut: Es speichert alles ab.

one-year-check-bring-your-questions =
    .title = Bring eigene Fragen zum Einjahrestermin mit
    .body = Steht um den ersten Geburtstag ein Termin im Consultatiebureau (Kindergesundheitsstelle) an? Schreib vorher zwei, drei Fragen auf, zu Schlaf, Essen, Sprechen oder dazu, wie es dir geht. Der Termin ist auch für dich da, nicht nur zum Wiegen und Messen. Beschäftigt dich etwas, bei deinem Baby oder bei dir, dann ist das der Moment: Früh fragen hilft. Etwas vergessen? Du kannst auch danach anrufen.

check-up-on-your-lap =
    .title = Bei der Untersuchung ist dein Schoß der sichere Ort
    .body = Wird dein Baby bald gewogen, untersucht oder geimpft? Frag, ob es so viel wie möglich auf deinem Schoß bleiben darf, und nimm ein vertrautes Spielzeug mit. Erzähl ruhig, was passiert: „Die Ärztin schaut mal in dein Ohr.“ Protest und Tränen dürfen sein. Nimm dir danach Zeit für langes Kuscheln oder eine Mahlzeit, bevor ihr rausgeht. Dein ruhiger Körper sagt: Das ist fremd, aber ich bin ganz nah.

back-to-normal-after-a-sick-week =
    .title = Nach einer kranken Woche Schritt für Schritt zurück
    .body = Ist dein Baby wieder gesund, aber noch anhänglich und schläft schlecht? Das dauert oft ein paar Tage. Nehmt euren Rhythmus Stück für Stück wieder auf: erst das vertraute Zubettgehen, dann die Nickerchen, dann den Rest. Gib ihm so lange die Extra-Nähe, nach der es fragt. Nach einer Woche noch nicht das alte? Sprich mit der Hausarztpraxis oder dem Consultatiebureau (Kindergesundheitsstelle).

song-from-your-own-childhood =
    .title = Das Lied, das man dir als Kind sang
    .body = Welches Lied wurde dir als Kind vorgesungen, in welcher Sprache auch immer? Bitte Oma, Opa oder eine Tante, es deinem Baby vorzusingen oder dir den Text beizubringen, und mach es zu eurem Lied für einen festen Moment, etwa nach dem Baden. Ein Lied, das schon durch deine Familie gewandert ist, klingt ganz von selbst warm. Du kennst nur eine Strophe? Deinem Baby ist das egal: Summ den Rest.

party-quiet-room =
    .title = Ein stilles Zimmer während der Feier
    .body = Steht heute ein Geburtstag oder Familienfest an? Sorg vorher für ein stilles Zimmer, etwa ein Schlafzimmer mit halb zugezogenen Vorhängen. Achte auf frühe Zeichen wie Augenreiben, ins Leere starren, Klammern oder Aufdrehen, und geh mit deinem Baby für zehn Minuten dorthin, bevor die Tränen kommen. Nur ihr zwei, kein Besuch. Danach wieder in den Trubel zu gehen fällt oft viel leichter.

first-birthday-looking-back =
    .title = Ein Jahr zusammen: Erzähl, wie es wirklich war
    .body = Um den ersten Geburtstag blicken viele Eltern zurück. Neben Stolz können Erinnerungen an eine schwere Geburt, einen Klinikaufenthalt oder harte Monate hochkommen. Das ist normal. Erzähl heute jemandem, dem du vertraust, wie dieses Jahr für dich wirklich war, auch das Schwere. Gehört zu werden hilft beim Einordnen. Wiegen die Erinnerungen weiter schwer? Sprich mit deiner Hausarztpraxis.

the-walking-yet-question =
    .title = „Läuft das Baby schon?“
    .body = Bei Festen und Familienbesuchen beginnt das Vergleichen: Wer läuft schon, wer spricht schon? Leg dir heute einen Satz zurecht: „Wir machen das in unserem Tempo.“ Beim Laufen und Sprechen liegen um den ersten Geburtstag oft Monate zwischen Babys; das ist normal. Dein Baby muss nicht mithalten; es braucht jemanden, der sich an ihm freut, wie es ist. Echte Sorgen? Besprich sie im Consultatiebureau.

naps-at-family-gatherings =
    .title = Das Schläfchen beim Familientreffen einplanen
    .body = Steht ein Familientag, eine Hochzeit oder ein Fest wie das Zuckerfest oder Weihnachten an? Plan das Schläfchen mit ein: Nimm Reisebett oder Kinderwagen mit, frag vorher nach einem ruhigen Zimmer oder geh zur Schlafenszeit spazieren. Früher gehen ist erlaubt. Ein ausgeruhtes Baby genießt die Familie viel mehr, und du auch. Klappt es trotzdem nicht? Ein früher Abend zu Hause macht viel gut.

shy-baby-roll-a-ball =
    .title = Scheues Baby, enttäuschte Familie? Rollt einen Ball
    .body = Weint dein Baby, wenn Oma, Opa oder eine Tante es hochnehmen will, und fühlt sich diese Person zurückgewiesen? Gib ihr ein Spiel auf Abstand: einen Meter entfernt am Boden sitzen und einen Ball zu deinem Baby rollen, das sicher auf deinem Schoß bleibt. Ob er zurückkommt, entscheidet dein Baby. So bekommt sie eine echte Rolle, in seinem Tempo. Und sag dazu: nicht persönlich, in diesem Alter normal.

petting-farm-from-your-arm =
    .title = Im Streichelzoo, von deinem Arm aus
    .body = Geht ihr heute in den Streichelzoo? Trag dein Baby auf der Hüfte und lass seinen Körper zeigen, wie nah ihr geht. Nach vorn lehnen und zeigen heißt ‚näher!‘; steif werden oder das Gesicht an deinen Hals drücken: ‚weit genug‘. Benenne, was ihr seht: „Eine Ziege. Mäh!“ Hältst du den Abstand, den es wählt, wird Neues zum Abenteuer statt zum Schreck. Beim nächsten Mal traut es sich oft mehr.

supermarket-point-and-hold =
    .title = Im Laden: Lass es halten, worauf es zeigt
    .body = Gehst du heute mit deinem Baby im Sitz des Einkaufswagens einkaufen? Zeigt es auf Bananen oder Brot, benenne es und gib es ihm kurz zum Halten: „Bananen. Nehmen wir welche mit?“ Dann darf es sie in den Wagen plumpsen lassen. So bekommt es Wort, Gefühl und Gewicht auf einmal, und eine Aufgabe an einem trubeligen Ort. Zu einer ruhigen Tageszeit klappt das besser als im Samstagsgedränge.

their-first-joke =
    .title = Lach über den ersten Witz deines Babys
    .body = Hält dir dein Baby ein Spielzeug hin und zieht es weg, gerade wenn du zugreifen willst, oder setzt es sich einen Becher auf den Kopf und schaut dich an? Das ist ein Witz, einer der allerersten. Lach mit, spiel deine Rolle („He! Wo ist es hin?“) und lass es noch mal machen. Gemeinsames Lachen sagt: Ich sehe dich, und ich mag, was du tust. Achte auf den frechen Blick vor der nächsten Runde.

away-for-days-one-fixed-moment =
    .title = Ein paar Tage weg? Behaltet einen festen Moment
    .body = Ist ein Elternteil oder eine Bezugsperson ein paar Tage weg, beruflich oder bei Familie? Verabredet jeden Tag zur gleichen Zeit einen kurzen Moment: einen Anruf beim Frühstück oder eine Sprachnachricht mit dem Schlaflied. Zu Hause kannst du bei einem Foto sagen: „Arbeitet, nach dreimal Schlafen wieder da.“ Dein Baby versteht noch keine Tage, aber Stimme und Ritual halten einen Faden. Kurz reicht.

home-after-days-away =
    .title = Zurück nach Tagen weg: Lass es zu dir kommen
    .body = Zurück nach ein paar Tagen, und dein Baby dreht sich weg oder klammert sich an die Person, die zu Hause war? Das kann wehtun, aber so sagt es: Du warst weg. Erzwing keine Umarmung. Setz dich in die Nähe, mach ruhig mit und übernimm heute Abend ein vertrautes Ritual, etwa Baden oder Schlaflied. Die meisten Babys tauen in Stunden bis zwei Tagen auf, manchmal mit extra Anhänglichkeit danach.

new-baby-coming-time-the-changes =
    .title = Kommt ein Baby dazu? Plant die großen Veränderungen
    .body = Bekommt eure Familie Nachwuchs? Schau, welche Veränderungen auf dein erstes Kind zukommen: ein anderes Zimmer, der Kita-Start, ein neues Bett. Wo es geht, legt sie ein paar Monate vor die Geburt oder deutlich danach. Klärt jetzt schon, bei wem dein Kleines während der Geburt bleibt, am liebsten bei jemandem, den es gut kennt. Weniger Neues auf einmal macht ein Geschwisterchen leichter willkommen.

pregnant-and-tired-floor-cuddles =
    .title = Wieder schwanger und müde? Kuscheln auf Bodenhöhe
    .body = Bist du wieder schwanger, und das Heben und Tragen deines Einjährigen fällt dir schwer? Verleg die Nähe auf den Boden: Setz dich auf eine Decke und lass dein Baby auf deinen Schoß klettern, oder lies im Liegen auf dem Sofa, dein Kleines an dich gekuschelt. Überlass das schwere Heben, wo es geht, jemand anderem. Nähe muss nicht Tragen heißen; dein Baby will vor allem bei dir sein.

first-steps-toward-open-arms =
    .title = Erste Schritte: Sei das Ziel
    .body = Hangelt sich dein Baby an den Möbeln entlang oder probiert es erste Schritte? Knie dich heute ein paar Schritte entfernt hin, die Arme offen, und lass es zu dir kommen, am Sofa entlang oder über die Lücke. Fang es auf, freu dich mit ihm und lass es wieder los. Zu wissen, dass jemand zum Landen da ist, macht die wacklige Strecke weniger unheimlich. Noch keine Schritte? Sei das Ziel am Sofaende.

holiday-explore-the-room-first =
    .title = Im Urlaub: Erst zusammen das neue Zimmer erkunden
    .body = Am Urlaubsort angekommen? Setz dich vor dem Auspacken auf den Boden des Zimmers, in dem dein Baby schläft, und lass es herumkrabbeln und entdecken, mit dir als festem Punkt. Stell das Reisebett in Sichtweite und nutz heute Abend eure gewohnten Schlafworte. Ein fremdes Zimmer, das ihr zusammen erkundet habt, wirkt im Dunkeln weniger fremd. Die erste Nacht kann trotzdem unruhig sein; das ist normal.

long-car-ride-breaks =
    .title = Lange Autofahrt: Pausen außerhalb des Kindersitzes
    .body = Steht eine lange Autofahrt an, in den Urlaub oder zur Familie? Plant die Fahrt um ein Schläfchen herum und haltet alle paar Stunden für eine Pause außerhalb des Kindersitzes: kuscheln, etwas trinken, ein bisschen krabbeln auf einer Decke. Seid ihr zu zweit, kann einer hinten neben dem Baby sitzen. Hört das Weinen im Auto nicht auf, hilft Anhalten und Halten mehr als Weiterfahren.

another-carer-does-it-differently =
    .title = Macht es jemand anders anders? Oft in Ordnung
    .body = Machen die Großeltern, dein Partner, deine Partnerin oder der Babysitter manches anders als du: ein anderes Lied, anders wiegen, ein späterer Snack? Babys kommen gut mit den Gewohnheiten verschiedener Menschen klar, solange alle warm und verlässlich sind. Vereinbart die paar Dinge, die dir wirklich wichtig sind, etwa sicheres Schlafen und Trösten, und lass den Rest ihnen. Das spart auch Streit.

teddy-gets-a-drink =
    .title = Der Teddy hat auch Durst
    .body = Halt heute einen Becher an den Mund eines Teddys: „Teddy hat Durst. Mmm, lecker!“ Gib den Becher dann deinem Baby und schau, was passiert. In diesem Alter fangen viele Babys an, solche kleinen Als-ob-Handlungen nachzumachen. Sag, was du siehst: „Du gibst Teddy zu trinken. Lieb von dir.“ So tun als ob ist eine frühe Art, daran zu denken, was ein anderer braucht. Morgen ist Teddy vielleicht müde.

first-shoes-shoes-on-we-go-out =
    .title = Erste Schuhe: „Schuhe an, wir gehen raus!“
    .body = Macht dein Baby ein paar Schritte, und stehen die ersten Schuhe für draußen an? Mach aus dem Anziehen ein kleines Ritual: Lass dein Baby einen Schuh halten, schiebt das Füßchen zusammen hinein und sag jedes Mal dieselben Worte: „Schuhe an, wir gehen raus!“ Vertraute Worte machen aus einer Fummelei ein Signal, auf das sich dein Baby freuen lernt. Drinnen gehen nackte Füße oder Stoppersocken.

a-safe-yes-corner =
    .title = Ein Ort, an dem alles erlaubt ist
    .body = Fasst dein Baby jetzt alles an, und hörst du dich den ganzen Tag ‚Nein‘ sagen? Mach heute ein Zimmer oder eine Ecke ganz sicher: Steckdosen abgedeckt, Zerbrechliches weg, ein niedriger Schrank mit Töpfen und Holzlöffeln, der ausgeräumt werden darf. Dort kann dein Baby frei entdecken, während du dich zurücklehnst und zuschaust. Mehr Freiheit an einem sicheren Ort lässt Raum, einander zu genießen.

moving-house-cot-goes-up-first =
    .title = Umzug: Das Bettchen steht als Erstes
    .body = Zieht ihr bald um? Lass dein Baby den Trubel des Umzugstags möglichst bei jemandem verbringen, den es gut kennt. Bau in der neuen Wohnung zuerst das Bettchen und eine Ecke mit vertrauten Sachen auf, noch vor der Küche. Halt das Zubettgeh-Ritual genau wie vorher. Eine neue Wohnung ist viel; dasselbe Bett, dasselbe Lied und du in der Nähe machen sie zum Zuhause. Ein paar unruhige Nächte sind häufig.

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

hospital-stay-stay-close =
    .title = Im Krankenhaus: Bleib so nah wie möglich
    .body = Muss dein Baby ins Krankenhaus, etwa für eine kleine Operation? Frag, ob ein Elternteil oder eine Bezugsperson Tag und Nacht bleiben darf und ob du bei Narkose und Aufwachen dabei sein kannst. Nimm Vertrautes mit: den eigenen Schlafsack, ein Lieblingsbuch, euer Lied. Ein fremder Ort mit einem vertrauten Menschen macht den Unterschied. Wechselt euch ab, damit auch du dich ausruhst.

working-nights-one-moment-thats-yours =
    .title = Nachtschicht? Behalte einen Moment, der dir gehört
    .body = Arbeitest du nachts oder im Schichtdienst und schläfst oft, wenn dein Baby wach ist? Wähl einen Moment am Tag, der immer dir gehört: Frühstück nach der Schicht, das Baden oder ein kurzer Spaziergang vor dem Schlafen. Kurz ist in Ordnung, solange er verlässlich wiederkommt und du wirklich da bist. So lernt dein Baby, sich in diesem Moment auf dich zu verlassen, auch wenn ihr euch sonst kaum seht.
