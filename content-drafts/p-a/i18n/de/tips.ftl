previous-birth-still-weighs-on-you =
    .title = Steckt dir eine frühere Geburt noch in den Knochen?
    .body = Warst du dabei, als eine frühere Geburt schwer verlief, als Partner, Partnerin oder Begleitung? Auch wer daneben stand, kann lange erschüttert sein und glaubt oft, das zähle nicht. Erzähl der anderen Person heute, was du gesehen und gefühlt hast, und frag, was sie diesmal von dir braucht. Geh mit zur Hebamme (verloskundige) und stell dort deine Fragen. So stehst du diesmal ruhiger daneben.

pregnancy-came-unexpectedly =
    .title = Kam diese Schwangerschaft unerwartet?
    .body = Kam diese Schwangerschaft zur falschen Zeit, und sitzt dir der Schreck noch in den Knochen? Das verträgt sich mit Fürsorge für dein Baby. Leg heute eine Hand auf den Bauch und sag ehrlich, wie es war: „Du kamst unerwartet, und wir gewöhnen uns gerade an dich.“ Gefühle dürfen mit dem Bauch wachsen. Steckst du in Sorgen fest? Sprich mit deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

who-looks-after-your-eldest-during-the-birth =
    .title = Wer kümmert sich bei der Geburt um dein älteres Kind?
    .body = Eine Geburt kann jederzeit beginnen, auch mitten in der Nacht. Sprich jetzt ab, wer sich dann um dein älteres Kind kümmert: am besten jemand, den es gut kennt, wie Oma, Opa oder eine Freundin, und eine Ersatzperson. Lass dein Kind dort vorher einmal spielen oder übernachten und erklär es einfach: „Wenn das Baby kommt, passt Oma auf dich auf.“ Ein vertrautes Gesicht macht das Warten sicher.

songs-that-comforted-you-as-a-baby =
    .title = Frag nach den Liedern aus deiner Babyzeit
    .body = Frag heute deine Eltern, eine Oma oder eine Tante: Welche Lieder habt ihr mir als Kind vorgesungen, und was half, wenn ich weinte? Sing dann eins davon für den Bauch, in der Sprache, in der du es gehört hast. So gibst du weiter, was dich einmal getröstet hat, und hörst vielleicht eine schöne Geschichte über dich als Baby. Weiß es niemand mehr? Dann wählst du das erste Lied dieser Familie.

tell-your-toddler-a-baby-is-coming =
    .title = Erzähl deinem Kleinkind in wenigen Worten vom Baby
    .body = Weiß dein Kleinkind noch nichts vom Baby? Erzähl es heute kurz: „Hier im Bauch wächst ein Baby. Das wird dein Brüderchen oder Schwesterchen.“ Kleinkinder haben wenig Zeitgefühl, also knüpf es an etwas Bekanntes: „wenn es wieder warm wird“ oder „nach deinem Geburtstag“. Erwarte nicht gleich eine Reaktion; Fragen kommen oft später, in der Wanne oder im Auto. Antworte dann kurz und ehrlich.

hard-time-after-a-previous-birth =
    .title = War die Zeit nach einer früheren Geburt schwer?
    .body = Hast du dich nach einer früheren Geburt lange niedergeschlagen, ängstlich oder leer gefühlt? Sag es jetzt schon deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts), auch wenn es lange her ist. Dann könnt ihr überlegen, was hilft: wer in den ersten Wochen auf dich achtet, wen du anrufst. Es muss nicht wiederkommen, aber ein Plan gibt Ruhe. Früh darüber zu reden ist keine Schwäche.

mixed-feelings-about-the-pregnancy =
    .title = Nicht nur glücklich? Das darf sein
    .body = Spürst du neben Freude auch Zweifel, Ärger oder Wehmut um dein jetziges Leben, obwohl du dir das Baby gewünscht hast? Schreib heute drei Gefühle zur Schwangerschaft auf, auch die, die auf keine Glückwunschkarte passen, und lies sie ohne Urteil durch. Gemischte Gefühle sind normal und sagen nichts darüber, wie sehr du dein Kind lieben wirst. Wer eigenen Gefühlen Raum gibt, übt für die des Kindes.

long-road-to-this-pregnancy =
    .title = Nach einem langen Weg kaum zu glauben?
    .body = Ging dieser Schwangerschaft ein langer Weg voraus, mit Behandlungen, Warten und Enttäuschungen? Dann kann es schwer sein zu glauben, dass dieses Baby wirklich kommt. Tu heute eine kleine Sache, die zu werdenden Eltern gehört und die du bisher aufgeschoben hast: einen Body kaufen, den Namen laut sagen, das Ultraschallbild aufhängen. Glauben darf Schritt für Schritt kommen.

partner-feeling-outside-join-a-checkup =
    .title = Nicht dein Bauch und etwas außen vor?
    .body = Ist es nicht dein Bauch, und fühlt sich die Schwangerschaft deshalb manchmal weit weg an? Geh zur nächsten Vorsorge bei der Hebamme (verloskundige) mit, hör dir den Herzschlag an und stell eine Frage, die deine ist, etwa was du tun kannst, wenn das Baby da ist. So wird das Baby auch für dich wirklicher. Kommst du von der Arbeit nicht weg? Gib deine Fragen mit und lass dir danach alles erzählen.

make-up-after-a-row-while-expecting =
    .title = Gestritten? Komm heute darauf zurück
    .body = Gab es Streit mit deinem Partner, deiner Mutter oder einer Freundin, weil ihr müde und angespannt wart? Komm heute mit einem Satz darauf zurück, etwa: „Tut mir leid, dass ich laut wurde, ich war fertig.“ Wer recht hatte, ist egal; wichtig ist, wieder zueinanderzufinden. Streit gehört zur Nähe, Versöhnen auch. So übst du, was du später oft mit deinem Kind tust: nach einem Fehler zurückkommen.

a-fixed-moment-with-your-eldest-that-stays =
    .title = Ein fester Moment mit dem älteren Kind, der bleibt
    .body = Hast du schon ein Kind? Fang jetzt einen kleinen festen Moment zu zweit an, der auch nach der Geburt bleibt: samstags zusammen frühstücken, ein Buch vor dem Schlafen, eine Runde zum Spielplatz. Wähl etwas, das du mit Baby durchhältst oder das ein anderer Elternteil oder eine vertraute Person übernehmen kann. Wenn sich bald viel ändert, bleibt das gleich. Das gibt deinem älteren Kind Halt.

afraid-of-giving-birth =
    .title = Große Angst vor der Geburt?
    .body = Liegst du wach wegen der Geburt, vielleicht wegen des letzten Mals? Mach die Angst heute so genau wie möglich: Was ist das Schlimmste, Schmerzen, dass etwas schiefgeht, Kontrollverlust? Vage Angst ist schwer zu beantworten, genaue nicht. Sag diesen Satz deiner Hebamme (verloskundige) und bitte um ein Extragespräch. Je ruhiger du in die Geburt gehst, desto mehr Raum bleibt danach für dein Baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Nach einem Verlust schwanger und du hältst dich zurück?
    .body = Hast du schon einmal ein Baby verloren und traust du dich kaum, dich auf diese Schwangerschaft einzulassen? Das ist ein verständlicher Weg, dich zu schützen, und viele Eltern kennen ihn. Bindung darf in kleinen Stücken kommen. Leg heute eine Minute lang eine Hand auf den Bauch, oder setz dich daneben, und sag nur: „Heute bist du da.“ Morgen reicht wieder eine Minute.

keep-one-thing-of-your-own =
    .title = Such dir eine Sache aus, die deine bleibt
    .body = Dreht sich immer mehr ums Baby, und fragst du dich, wo du bleibst? Wähl heute eine Sache, die du auch nach der Geburt weitermachen willst, und sei es im Kleinen: eine Stunde schwimmen, Musik machen, Freunde treffen. Überleg, wer dann beim Baby sein kann. Wer sich selbst nicht aus den Augen verliert, hat mehr zu geben. In den ersten Wochen darf es ruhen; es kommt wieder.

old-pain-from-your-own-childhood =
    .title = Kommt dir deine eigene Kindheit plötzlich nah?
    .body = Kommen jetzt, da ein Kind unterwegs ist, Erinnerungen an eine schwere Kindheit hoch: Angst, Streit, Einsamkeit? Das erleben viele werdende Eltern. Du musst das nicht allein tragen: Sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts); sie vermitteln dir jemanden zum Reden. Eine schwere Kindheit muss nicht bestimmen, wie es deinem Kind geht. Hilfe suchen ist schon ein Schritt.

picture-book-about-a-new-sibling =
    .title = Lies mit dem älteren Kind ein Buch über ein neues Baby
    .body = Leih dir heute in der Bibliothek ein Bilderbuch über ein Geschwisterchen aus, das geboren wird, und lies es mit deinem älteren Kind. Zeig auf die Bilder und frag: „Was meinst du, wie fühlt sich der große Bruder hier?“ Ein Buch gibt deinem Kind Worte und Bilder für etwas, das noch schwer vorstellbar ist. Will dein Kind es immer wieder hören? Gut so: So probt es, was kommt.

low-or-anxious-during-pregnancy =
    .title = Seit Wochen niedergeschlagen oder ängstlich?
    .body = Bist du seit über zwei Wochen niedergeschlagen, ängstlich oder leer, oder freut dich nichts mehr? Das kommt auch in der Schwangerschaft vor, bei Schwangeren wie Partnern. Sag es heute deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts); sie denken mit und holen bei Bedarf Hilfe. Es ist nicht deine Schuld, und Hilfe zu holen ist stark. Je früher du es sagst, desto eher wird es leichter.

talk-to-the-bump-in-your-own-language =
    .title = Sprich mit dem Bauch in deiner eigenen Sprache
    .body = Sprichst du zu Hause nicht Niederländisch, oder bist du zweisprachig aufgewachsen? Sprich und sing heute mit dem Bauch in der Sprache deines Herzens, in der du tröstest und Witze machst. Darin klingst du am wärmsten und am meisten wie du selbst, und diesen Klang lernt dein Baby kennen. Sprecht ihr verschiedene Sprachen? Dann hört das Baby einfach zwei. Das ist ein Reichtum, kein Durcheinander.

an-evening-for-the-two-of-you =
    .title = Ein Abend nur für euch zwei
    .body = Bekommt ihr das Baby zu zweit? Plant diese Woche einen Abend nur für euch: euer Lieblingsessen, ein Spaziergang, den ihr früher oft gemacht habt, die Handys weg. Erzählt einander, worauf ihr euch am meisten freut und wovor ihr heimlich Bammel habt. Eltern, die sich gegenseitig getragen fühlen, haben später oft mehr Geduld für ihr Baby. So ein Abend muss nicht teuer sein, um zu zählen.

after-a-loss-extra-contact-with-your-midwife =
    .title = Nach einem Verlust: Ruf ruhig zwischen den Terminen an
    .body = Hast du schon einmal ein Baby verloren, und beschäftigt dich die Anspannung zwischen zwei Vorsorgeterminen? Frag deine Hebamme (verloskundige) heute, ob zusätzlicher Kontakt möglich ist, etwa ein kurzer Termin oder eine feste Zeit zum Telefonieren. Und bist du zwischendurch unsicher, etwa wie sich dein Baby bewegt, dann ruf einfach an. Du störst nicht; sie ist gerade für Eltern wie dich da.

expecting-alone-you-are-the-foundation =
    .title = Alleinerziehend? Du bist das Fundament
    .body = Bekommst du dein Baby allein, und hörst oder denkst du manchmal, deinem Kind werde etwas fehlen? Ein Baby kann sich sicher an einen Elternteil binden, der immer wieder da ist, mit Trost, Essen und Wärme. Leg dir heute einen Satz zurecht, für solche Gespräche oder eigene Zweifel: „Mein Kind hat mich, und ich komme immer zurück.“ Andere Menschen sind ein schönes Extra, aber du bist das Fundament.

when-is-your-baby-active-in-the-womb =
    .title = Wann ist dein Baby im Bauch aktiv?
    .body = Achte heute darauf, wann sich dein Baby bewegt: wenn du dich hinlegst, nach dem Essen, bei Musik? Viele Eltern merken, dass ihr Baby ein eigenes Muster hat. So lernst du dein Kind schon ein bisschen kennen. Spürst du weniger Bewegungen als gewohnt? Warte nicht bis zum nächsten Tag, sondern ruf sofort deine Hebamme (verloskundige) an, auch nachts oder am Wochenende. Das ist nie übertrieben.

grandparent-says-let-the-baby-cry =
    .title = Oma oder Opa sagt: „Lass es ruhig weinen“?
    .body = Hörst du von Oma oder Opa schon jetzt, dass man ein Baby „nicht verwöhnen“ oder „ruhig mal weinen lassen“ soll? Sprecht heute in Ruhe darüber, solange noch kein Baby weint. Sag, was du möchtest: „Wenn das Baby weint, gehen wir hin.“ Ein Neugeborenes kann man nicht verwöhnen; wer auf Weinen reagiert, zeigt dem Baby, dass jemand kommt. Meist ist es gut gemeint; früher lernte man es anders.

a-letter-to-your-baby-read-aloud =
    .title = Schreib deinem Baby einen Brief und lies ihn vor
    .body = Ist es dir unangenehm, mit einem Bauch zu reden? Dann schreib deinem Baby heute einen kurzen Brief: wer ihr seid, wo ihr wohnt, was du dir wünschst. Lies ihn laut vor, dem Bauch oder neben ihm sitzend. Aufgeschriebene Worte lassen sich leichter aussprechen als ausgedachte, und dein Baby hört dabei deine Stimme. Heb den Brief auf; später ist er ein schönes Stück der Geschichte deines Kindes.

divide-the-housework-before-the-baby =
    .title = Teilt den Haushalt auf, bevor das Baby da ist
    .body = Wer macht bald die Wäsche, den Einkauf, das Kochen und den Müll? Schreibt heute gemeinsam alle Aufgaben im Haushalt auf und legt fest, wer in den ersten Monaten was übernimmt; Streichen ist auch erlaubt. Mit ein paar festen Absprachen müsst ihr später weniger verhandeln, wenn ihr beide müde seid. Machst du alles allein? Dann entscheide, welche Aufgaben einfach eine Weile warten dürfen.

older-child-sings-to-the-bump =
    .title = Lass dein älteres Kind dem Bauch etwas vorsingen
    .body = Bitte dein älteres Kind heute, ein Lied für das Baby auszusuchen und es dem Bauch vorzusingen oder ihm etwas zuzuflüstern. Erklär dazu: „Das Baby kann dich schon hören, ein bisschen gedämpft, wie unter Wasser.“ So bekommt dein Kind eine eigene Aufgabe, und das Baby hört eine Stimme, die später oft in der Nähe ist. Singt es nach der Geburt zusammen; dann ist es schon „ihr“ Lied.

curious-who-your-baby-will-be =
    .title = Neugierig, wer dein Baby sein wird
    .body = Hast du schon ein Bild von deinem Kind: ruhig wie du, sportlich wie deine Schwester, verrückt nach Musik? Schreib heute deine Erwartungen auf und setz darunter: „Und ich bin gespannt, wer du wirklich bist.“ Jedes Kind ist eine eigene Person, mit eigenem Tempo und Temperament. Wer neugierig bleibt, sieht später besser, was gerade dieses Baby zeigt, auch wenn es anders ist als gedacht.

partner-how-are-you-really-doing =
    .title = Und wie geht es eigentlich dir als Partner?
    .body = Fragen alle, wie es der schwangeren Person geht, und kaum jemand, wie es dir geht? Auch als Partner oder Partnerin kannst du dir Sorgen machen, schlecht schlafen oder Bammel haben. Erzähl heute einem Menschen, wie es dir wirklich geht: einem Freund, deinen Geschwistern, einer Kollegin. Bleibt es schwer, ist auch dein Hausarzt (huisarts) für dich da. Du zählst auch, für dich und dein Baby.

room-for-the-baby-you-lost =
    .title = Raum für das Kind, das du verloren hast
    .body = Schwanger nach dem Verlust eines Babys, und fühlt sich Freude manchmal wie Verrat an? Dieses Baby ersetzt nicht das Kind, das fehlt; es gibt Raum für beide. Wähl heute eine kleine Geste: eine Kerze, ein Foto, eine Erinnerungskiste. Später kannst du diesem Baby von dem Kind davor erzählen. Wird die Trauer zu schwer, sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

choose-a-first-book-at-the-library =
    .title = Such schon jetzt das erste Buch für dein Baby aus
    .body = Geh heute in die Bibliothek und such ein erstes Buch für dein Baby aus: feste Seiten, große Bilder, kurze Sätze oder ein Reim. Lies es dem Bauch ein paarmal vor, damit du es später fast auswendig kannst. Neugeborene verstehen keine Geschichte, genießen aber deine Stimme ganz nah. Frag auch, ob dein Baby nach der Geburt Mitglied werden kann; für Kinder ist das oft kostenlos.

what-will-your-baby-call-each-of-you =
    .title = Wie wird euer Baby jeden von euch nennen?
    .body = Seid ihr mehr als zwei Eltern, oder zwei Mütter oder zwei Väter? Legt heute fest, wie euer Baby jeden von euch nennt, etwa Mama, Mami, Papa oder ein Name aus einer anderen Sprache, und benutzt diese Namen schon, wenn ihr mit dem Bauch sprecht. Feste Namen und vertraute Menschen machen die Welt für ein Baby vorhersehbar. Ein Name darf sich noch ändern; wichtig ist, dass alle dazugehören.

missing-your-own-parent-now =
    .title = Fehlt dir gerade jetzt deine Mutter oder dein Vater?
    .body = Ist deine Mutter oder dein Vater gestorben oder nicht in deinem Leben, und fehlt er oder sie dir gerade jetzt? Ein Kind zu erwarten weckt oft alte Trauer; das ist normal. Wähl heute etwas von ihr oder ihm zum Weitergeben: ein Lied, ein Gericht, eine Geschichte, ein Foto fürs Babyzimmer. So bekommt dein Baby doch etwas davon mit, woher du kommst. Erzähl auch jemandem, dass du sie oder ihn vermisst.

guess-aloud-what-your-baby-is-doing =
    .title = Rate laut, was dein Baby gerade macht
    .body = Spürst du rhythmisches Klopfen oder eine Drehung? Rate heute laut, was dein Baby gerade macht: „Hast du Schluckauf?“ „Schläfst du?“ „Hat dich die Tür erschreckt?“ Du musst nicht richtig liegen. So übst du schon, dich zu fragen, was in deinem Kind vorgeht, etwas, das du bald den ganzen Tag tust: „Bist du müde? Hast du Hunger?“ Bist du der Partner oder die Partnerin, rate einfach mit.

baby-photos-with-your-eldest =
    .title = Babyfotos anschauen mit dem älteren Kind
    .body = Hol heute die Babyfotos deines älteren Kindes heraus und schaut sie zusammen an: „Schau, so klein warst du. Hier bekommst du zu trinken, hier liegst du bei mir auf dem Schoß.“ So sieht dein Kind, wie Babys sind: Sie schlafen viel, weinen und können noch nicht spielen. Und es hört, dass es genauso liebevoll versorgt wurde. Viele Kinder wollen danach immer wieder „die Babyfotos“ sehen.

mute-the-perfect-parents-online =
    .title = Weniger perfekte Eltern im Feed
    .body = Siehst du online vor allem strahlende Schwangere, perfekte Kinderzimmer und Eltern, die scheinbar alles wissen? Schalte heute zwei Accounts stumm, die dich verunsichern. Du siehst einen ausgewählten Moment, keinen gewöhnlichen Tag. Dein Baby braucht keine perfekten Eltern, sondern jemanden, der da ist, Fehler macht und sie wiedergutmacht. Folge stattdessen jemandem, der dich zum Lachen bringt.

a-hard-date-during-this-pregnancy =
    .title = Fällt ein schweres Datum in diese Schwangerschaft?
    .body = Steht ein Datum bevor, das wehtut, etwa der Todestag oder Geburtstermin eines Kindes, das du verloren hast, oder die Woche, in der es damals schiefging? Plan diesen Tag jetzt sanft: frei nehmen, wenn es geht, jemand bei dir, etwas zum Erinnern. Sag es auch deiner Hebamme (verloskundige), damit sie weiß, warum du angespannt bist. Ein schwerer Tag sagt nichts über deine Bindung zu diesem Baby.

collect-the-happy-moments =
    .title = Sammle die schönen Momente
    .body = Geht viel Aufmerksamkeit an Sorgen, Listen und Termine? Schreib heute einen Moment auf, in dem du dich über das Baby gefreut hast: das erste Mal, als du etwas gespürt hast, ein Witz über einen Namen, ein winziger Body in einem Laden. Mach eine Gewohnheit daraus, in einem Heft oder auf dem Handy. Freude verdient auch Platz, und an einem schweren Tag nach der Geburt tut es gut, das nachzulesen.

a-prayer-or-blessing-for-the-bump =
    .title = Ein Gebet, ein Segen oder ein Vers für den Bauch
    .body = Hat deine Familie oder dein Glaube Worte, die zu einer Schwangerschaft gehören, wie ein Gebet, einen Segen, einen Vers oder einen Wunsch, den deine Oma immer sagte? Sprich sie heute leise zum Bauch, in einem ruhigen Moment, zu dem du öfter zurückkehren kannst. So hört dein Baby früh die Klänge, mit denen du aufgewachsen bist. Kein Glaube? Ein Wunsch für dein Kind in eigenen Worten tut es genauso.

far-away-during-the-pregnancy =
    .title = Weit weg während der Schwangerschaft?
    .body = Arbeitest du weit weg oder im Ausland, oder wohnst du nicht mit der schwangeren Person zusammen? Ruf heute am Ende des Tages an, bitte darum, das Handy kurz an den Bauch zu halten, und erzähl dem Baby etwas von deinem Tag. Dein Baby hört vor allem die Stimme, die nah ist, aber für dich wird das Baby so wirklicher, und die andere Person fühlt sich weniger allein. Ein paar Sätze reichen.

children-from-an-earlier-relationship =
    .title = Kinder aus einer früheren Beziehung und das neue Baby
    .body = Gibt es Kinder aus einer früheren Beziehung, die nicht immer bei euch wohnen? Sie fragen sich womöglich, ob sie noch dazugehören. Sprecht heute mit ihnen und ihrem Elternteil darüber, was sich ändert und was bleibt: ihr Bett, ihr Platz am Tisch, ihre Wochenenden. Gebt ihnen eine Rolle: „Du wirst großer Bruder oder große Schwester.“ Wer sich mitgezählt fühlt, heißt das Baby leichter willkommen.

sway-while-you-sing =
    .title = Wieg dich beim Singen mit
    .body = Leg heute Musik auf, die du liebst, oder summ selbst, und wiege dich sanft hin und her, im Stehen oder auf einem Stuhl, die Hände auf dem Bauch. Dein Baby kennt dieses Wiegen schon: Bei jedem Schritt, den du machst, schaukelt es mit. Das ist ein Grund, warum viele Neugeborene bei langsamem Wiegen im Arm ruhig werden. Partner oder Partnerin? Wiegt euch zusammen, die Arme um den Bauch.

a-doll-to-practise-with-for-your-eldest =
    .title = Eine Puppe zum Üben für das ältere Kind
    .body = Gib deinem älteren Kind heute eine Puppe oder ein Kuscheltier, das „das Baby“ sein darf, und spielt zusammen: baden, wickeln, wiegen und ein Lied singen. Zeig, wie man ein Babyköpfchen stützt und sanft streichelt. So übt dein Kind und fühlt sich später nicht als Zuschauer, sondern als große Schwester oder großer Bruder mit Erfahrung. Fliegt die Puppe mal durchs Zimmer? Auch das ist Verarbeiten.

partner-choose-your-own-care-moments =
    .title = Welche Pflegemomente werden deine?
    .body = Wird der andere Elternteil stillen, und fragst du dich, was deine Rolle wird? Such dir heute zwei Pflegemomente aus, die von Anfang an deine sind, etwa das Baden, die Windel am Morgen, das Bäuerchen nach dem Trinken oder Haut an Haut, solange du hellwach bist. Ein Baby bindet sich an alle, die es oft und liebevoll versorgen, nicht nur an die, die es füttern. Sag, was du gewählt hast.

after-a-loss-who-can-share-your-fear =
    .title = Nach einem Verlust: Mit wem teilst du deine Angst?
    .body = Nach einem Verlust wieder schwanger, und alle freuen sich, während du auch Angst hast? Such dir heute ein, zwei Menschen, mit denen du diese Angst teilen darfst: jemand, der nicht gleich „Wird schon gut gehen“ sagt, sondern einfach zuhört. Verabredet, dass du an schweren Tagen anrufen darfst. Bestimmt die Angst deine Tage, sag es deiner Hebamme (verloskundige) oder deinem Hausarzt (huisarts).

agree-how-to-share-the-nights =
    .title = Sprecht jetzt ab, wie ihr die Nächte aufteilt
    .body = Ein Neugeborenes wird nachts oft wach. Besprecht heute, wie ihr das aufteilen wollt: abwechselnd eine Nacht, eine Person den späten Abend und die andere den frühen Morgen, oder ihr steht beide bei jeder Mahlzeit auf und macht tagsüber abwechselnd ein Nickerchen. Stillt eine Person von euch, kann die andere das Baby bringen und wickeln. Ein Plan auf Papier erspart Streit um drei Uhr nachts.

night-worries-on-a-notepad =
    .title = Nachts am Grübeln? Schreib es auf einen Zettel
    .body = Liegst du nachts wach und grübelst über das Baby: Ist alles gut, schaffe ich das überhaupt? Leg dir Zettel und Stift ans Bett. Schreib die Sorge auf und sag dir: „Das ist für morgen.“ Schau morgens, was sie braucht: eine Frage an die Hebamme (verloskundige), ein Gespräch, oder darf sie weg? Geht es um etwas, das nicht warten kann, etwa weniger Kindsbewegungen, ruf sofort die Hebamme an.

take-your-eldest-to-a-checkup =
    .title = Nimm dein älteres Kind einmal mit zur Vorsorge
    .body = Frag deine Hebamme (verloskundige), ob dein älteres Kind einmal zu einem Vorsorgetermin mitkommen darf, um den Herzschlag des Babys zu hören. Erklär vorher, was passiert: „Die Hebamme hört mit einem kleinen Gerät am Bauch, und dann hörst du ein schnelles Klopfen.“ Für viele Kinder wird das Baby so plötzlich echt. Nimm etwas zum Spielen fürs Warten mit und frag dein Kind danach, was es gehört hat.

one-goodnight-phrase-for-the-bump =
    .title = Jeden Abend derselbe Gute-Nacht-Satz
    .body = Such dir heute einen festen Gute-Nacht-Satz für den Bauch aus, zum Beispiel: „Schlaf gut, Kleines, bis morgen.“ Sag ihn jeden Abend vor dem Schlafen, nacheinander, wenn ihr zu zweit seid. Ein fester Satz ist ein kleines Ritual, das nach der Geburt einfach weitergehen kann, als Anfang eures eigenen Einschlafrituals. Vergessen? Dann morgen einfach wieder.

what-each-of-you-needs-when-worn-out =
    .title = Was brauchst du, wenn du nicht mehr kannst?
    .body = Wisst ihr voneinander, was hilft, wenn jemand müde oder angespannt ist? Manche wollen kurz allein sein, andere reden oder einen Arm um sich spüren. Fragt euch das heute gegenseitig und schreibt die Antworten auf. In den ersten Wochen mit wenig Schlaf müsst ihr dann nicht raten und könnt euch schneller helfen. Vielleicht lernst du sogar etwas Neues über jemanden, den du seit Jahren kennst.

ask-your-school-age-child-what-will-change =
    .title = Frag dein Schulkind, was sich ändern wird
    .body = Geht dein Kind schon zur Schule? Frag heute, bei einem Spaziergang oder im Auto: „Was glaubst du, was sich ändert, wenn das Baby da ist?“ Hör zu und korrigiere nicht gleich, auch nicht bei „Dann habt ihr keine Zeit mehr für mich.“ Sag, was du hörst, und was bleibt: „Du hast Angst, dass ich weniger Zeit habe. Ich bin weiter für dich da.“ Nebeneinander reden viele Kinder leichter.

tell-each-other-what-you-see-in-the-other =
    .title = Sagt euch, was ihr im anderen als Elternteil seht
    .body = Bekommst du das Baby mit jemandem zusammen? Sagt euch heute gegenseitig eine Sache, bei der ihr denkt: Damit hat unser Baby Glück. „Du bist so geduldig“ oder „Du bringst alle zum Lachen.“ In den vollen ersten Monaten sieht man vor allem, was schiefgeht; ein Kompliment von heute kann man dann wieder hervorholen. Und es wirkt in beide Richtungen: Du hörst, was die andere Person schon in dir sieht.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Ist dein älteres Kind plötzlich anhänglich?
    .body = Will dein älteres Kind plötzlich wieder getragen werden, spricht es wie ein Baby oder schläft es schlechter, jetzt, wo der Bauch wächst? Kinder spüren oft, dass sich etwas verändert, auch wenn sie es nicht verstehen. Sag heute, was du siehst: „Du willst nah bei mir sein, oder? Das darfst du.“ Tragen fällt jetzt vielleicht schwerer, aber ein Schoß geht immer. Meist geht das von selbst vorbei.

a-phrase-for-please-take-over =
    .title = Vereinbart einen Satz für „Übernimmst du?“
    .body = Vereinbart heute einen kurzen Satz, der später heißt: Ich kann nicht mehr, nimm du das Baby bitte eine Weile. Etwa „Tauschen?“ oder „Du bist dran.“ Die andere Person übernimmt dann, ohne Fragen und ohne Urteil; erklärt wird später. So ist euer Baby bei jemandem, der noch Ruhe übrig hat. Wer den Satz sagt, sorgt gut für die Familie; das ist kein Versagen.
