expecting-safe-sleep-plan =
    .title = Sicher schlafen: jetzt schon planen
    .body = Überleg dir heute, wo dein Baby schlafen wird: auf dem Rücken, im eigenen Bettchen oder in der Wiege, gern in deinem Schlafzimmer. Bis zum ersten Geburtstag kommt nichts Weiches hinein: kein Kuscheltier, kein Tuch, kein Kissen, kein Nestchen. Und egal wie müde oder verzweifelt du später bist: Schüttle ein Baby nie. Leg es auf den Rücken ins Bett und geh kurz raus. Sag das allen, die helfen.

expecting-where-to-ask =
    .title = Wen du fragen kannst, jetzt und später
    .body = Schreib heute auf, wen du wofür fragst. Jetzt: deine Hebamme (verloskundige). Erste Woche: die Kraamzorg (Wochenbettpflege zu Hause) und die Hebamme, auch nachts. Danach das Consultatiebureau (Kinderberatungsstelle), bei Krankheit der Hausarzt (huisarts), abends und am Wochenende der hausärztliche Notdienst (huisartsenpost). Traurig, ängstlich? Das kennen viele. Sag es ihnen: Fragen ist Stärke.

talk-to-employer-about-handover =
    .title = Kläre rechtzeitig die Übergabe bei der Arbeit
    .body = Vereinbare heute ein Gespräch bei der Arbeit über deine Auszeit: wann du aufhörst, wer deine Aufgaben übernimmt und wie du sie übergibst. Mach vorher eine Liste mit allem, was gerade läuft. Je besser die Arbeit geregelt ist, desto weniger geht sie dir später durch den Kopf, wenn du bei deinem Baby bist. Und kommt dein Baby früher als gedacht, liegt schon ein Plan bereit.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: was das ist und wie du sie regelst
    .body = In den Niederlanden kommt nach der Geburt meist Kraamzorg (Wochenbettpflege zu Hause): Eine Wochenbettpflegerin hilft dir in den ersten Tagen bei der Versorgung deines Babys und deiner selbst und zeigt dir vieles. Noch nicht geregelt, oder neu in den Niederlanden? Ruf heute deine Krankenversicherung an oder frag deine Hebamme (verloskundige). Dann bist du in der ersten Woche nicht allein.

self-employed-plan-your-own-leave =
    .title = Selbstständig? Plan deine eigene Auszeit
    .body = Kein Arbeitgeber, weil du selbstständig bist? Blocke heute die Wochen rund um die Geburt im Kalender und sag deinen festen Kunden, wann du nicht da bist. Erkundige dich auch, welche Regelungen es für Selbstständige gibt. Ohne Plan schleicht sich die Arbeit schnell wieder ein, dabei brauchst du diese Wochen, um dein Baby kennenzulernen. Eine Vertretung ist Gold wert.

no-huisarts-yet-register-now =
    .title = Noch kein Hausarzt? Melde dich jetzt an
    .body = Gerade umgezogen oder neu in den Niederlanden, und noch keinen Hausarzt (huisarts)? Melde dich heute bei einer Praxis in der Nähe an; nach der Geburt meldest du dort auch dein Baby an. Wenn dein Baby krank ist oder du dir Sorgen machst, willst du jemanden anrufen können, ohne erst zu suchen. Frag gleich, wie es abends und am Wochenende läuft, mit dem hausärztlichen Notdienst (huisartsenpost).

interpreter-at-the-verloskundige =
    .title = Bitte bei der Hebamme um eine Dolmetscherin
    .body = Ist Niederländisch nicht deine erste Sprache, und verstehst du deine Hebamme (verloskundige) nicht immer gut? Frag beim nächsten Termin, ob jemand dolmetschen kann, auch per Telefon. So kannst du sagen, was du möchtest, und verstehst, was passiert, auch rund um die Geburt. Lass möglichst kein Kind für dich übersetzen. Nicken, obwohl du unsicher bist, musst du nicht: Nachfragen ist immer okay.

leave-weeks-kept-empty =
    .title = Elternzeit ist Zeit zum Kennenlernen
    .body = Schau dir heute die Wochen nach der Geburt an und streich alles, was warten kann: die Renovierung, die Umzugshilfe, den Kurs. Die freie Zeit ist nicht zum Abarbeiten liegengebliebener Dinge da, sondern um bei deinem Baby zu sein: schauen, halten, herausfinden, was es braucht. Daraus wächst die Bindung. Ein leerer Kalender fühlt sich vielleicht seltsam an; für diese Wochen ist er genau richtig.

parental-leave-how-to-spread-it =
    .title = Elternzeit: überleg, wie du sie aufteilst
    .body = Finde heute heraus, welche Auszeit du nach der Geburt nehmen kannst, und überleg, wie: am Stück oder eine Zeit lang einen festen Tag pro Woche. Für ein Baby zählt vor allem, dass ein paar vertraute Menschen oft und regelmäßig da sind. Ein fester „Elterntag“ pro Woche kann deshalb genauso wertvoll sein wie eine lange Pause. Entscheiden musst du heute noch nichts.

antenatal-class-and-other-parents =
    .title = Ein Kurs, und andere, die auch warten
    .body = Melde dich heute für einen Geburtsvorbereitungskurs oder einen Infoabend über die Geburt und die ersten Wochen an; deine Hebamme (verloskundige) weiß, was es in der Nähe gibt. Zu wissen, was kommt, macht es weniger aufregend. Und du triffst Menschen, die um die gleiche Zeit ein Baby bekommen, später schön für einen Spaziergang oder eine schnelle Frage. Schon ein Abend lohnt sich.

question-list-for-the-verloskundige =
    .title = Eine Fragenliste für die nächste Vorsorge
    .body = Führ ab heute eine Notiz im Handy mit allem, was du deine Hebamme (verloskundige) fragen willst, auch wenn es klein oder komisch wirkt. Zum Beispiel: Was passiert in der ersten Stunde nach der Geburt, was, wenn es anders läuft als geplant, wann rufe ich dich an? Lies die Liste kurz vor dem Termin noch einmal durch. Antworten, die du verstehst, geben Ruhe, jetzt und später.

baby-first-aid-course =
    .title = Erste Hilfe am Baby: ein Abend, der Ruhe gibt
    .body = Such dir heute einen Erste-Hilfe-Kurs für Babys und Kleinkinder in deiner Nähe. Du lernst, was zu tun ist, wenn dein Baby sich verschluckt, hinfällt oder krank wirkt, und wann du Hilfe holst. Wer weiß, was zu tun ist, erschrickt weniger und kann einem Baby ruhiger helfen. Nimm gern jemanden mit, der später oft aufpasst, etwa eine Oma, einen Opa oder eine Freundin.

what-a-baby-really-needs-list =
    .title = Was ein Baby wirklich braucht, ist eine kurze Liste
    .body = Spürst du Druck, alles Mögliche zu kaufen? Schreib heute die echte Liste: ein sicheres Bettchen, eine Babyschale fürs Auto, ein paar Sachen zum Anziehen, Windeln, etwas zum Waschen. Gebraucht ist völlig in Ordnung, solange Bett und Babyschale sicher sind. Der Rest kann warten. Was dein Baby am meisten braucht, kann man nicht kaufen: dich, ganz nah. Das steht schon auf der Liste.

expecting-twins-extra-help =
    .title = Zwillinge unterwegs? Organisier mehr Hände
    .body = Erwartest du Zwillinge? Frag heute deine Hebamme (verloskundige) oder Frauenärztin, was das für die Kraamzorg (Wochenbettpflege zu Hause) bedeutet, und mach deinen Kreis von Helfern größer, als du glaubst. Richte zwei sichere Schlafplätze ein: jedes Baby auf dem Rücken, im eigenen Bettchen. Mit genug Händen um dich herum bleibt Zeit, jedes deiner Babys als eigenen kleinen Menschen kennenzulernen.

pram-where-baby-faces-you =
    .title = Ein Kinderwagen, in dem dein Baby dich sieht
    .body = Suchst du einen Kinderwagen aus oder leihst einen? Nimm am besten einen, in dem dein Baby in den ersten Monaten zu dir schaut. Unterwegs siehst du dann, ob es schläft, sich erschreckt oder unruhig wird, und dein Baby sieht dein Gesicht zwischen all den neuen Geräuschen. Wird es doch einer, der nach vorn zeigt? Dann beug dich unterwegs ab und zu über dein Baby und sag etwas.

hold-someone-elses-baby-first =
    .title = Noch nie ein Neugeborenes gehalten?
    .body = Hast du noch wenig Erfahrung mit Babys? Frag jemanden mit einem kleinen Baby, ob du einmal zum Helfen kommen darfst: halten, wickeln, beim Füttern dabei sein. Achte darauf, wie dieses Baby zeigt, was es braucht, und wie die Eltern darauf reagieren. So sind die ersten Tage mit deinem eigenen Baby etwas weniger fremd. Sich ungeschickt zu fühlen gehört dazu, jetzt und später.

cot-assembled-in-your-room =
    .title = Bau das Bettchen schon mal auf
    .body = Bau heute das Bettchen oder die Wiege auf und gib ihm einen Platz in deinem Schlafzimmer, nicht an der Heizung und weg von Schnüren an Vorhängen oder Lampen. Prüf die Matratze: fest, eben und passgenau, ohne Spalt am Rand; bei einem gebrauchten Bett auch, ob alle Stäbe heil sind. Steht das Bett später nah bei dir, hörst du nachts schnell, wenn etwas gebraucht wird.

soft-gifts-stay-out-of-the-cot =
    .title = Kuscheltiere geschenkt? Die schlafen nicht mit
    .body = Bekommst du bei der Babyparty oder beim Besuch Kuscheltiere, Decken, Kissen oder ein Nestchen? Bedank dich herzlich und gib den Sachen schon mal einen Platz im Regal oder Schrank. Ins Bettchen kommt bis zum ersten Geburtstag nichts Weiches; ein Kuscheltier ist für wache Momente, auf dem Schoß. Fragt jemand, was du noch brauchst? Ein gut passender Schlafsack darf sehr wohl ins Bett.

smoke-free-home-and-car =
    .title = Abmachung: rauchfrei in Wohnung und Auto
    .body = Raucht jemand bei dir zu Hause oder in der Familie? Vereinbare heute mit allen, dass drinnen und im Auto nicht mehr geraucht wird, auch nicht von Besuch. Rauch setzt sich in Kleidung, Vorhängen und Sitzen fest, und ein Baby atmet ihn ein, auch wenn gerade niemand raucht. Ein Zettel an der Tür erspart das ständige Erklären. Will jemand aufhören? Der Hausarzt (huisarts) hilft gern.

sling-practice-with-a-teddy =
    .title = Übe das Tragetuch mit einem Kuscheltier
    .body = Möchtest du dein Baby später im Tragetuch oder in einer Trage tragen? Übe heute mit einem Kuscheltier oder einem zusammengerollten Handtuch, ruhig und ohne Eile. Getragen werden gibt einem Baby deine Wärme, deinen Geruch und deinen Herzschlag. Achte darauf: Gesicht frei und sichtbar, Kinn nicht auf der Brust, und so hoch, dass du das Köpfchen küssen kannst. Unsicher? Eine Trageberaterin hilft.

changing-place-all-within-reach =
    .title = Ein Wickelplatz, an dem alles griffbereit ist
    .body = Richte heute den Platz ein, an dem du später wickelst: in einer Höhe, die deinem Rücken guttut, mit Windeln, Tüchern, frischer Kleidung und einem Handtuch in Griffweite. Dann musst du nie weggehen, und eine Hand bleibt immer an deinem Baby. Wenn du nichts suchen musst, wird Wickeln leichter zu einem Moment zu zweit, dein Gesicht ganz nah. Probier es einmal mit einem Kuscheltier.

daytime-sleep-spot-downstairs =
    .title = Auch im Wohnzimmer ein sicherer Schlafplatz
    .body = Wo schläft dein Baby tagsüber, wenn du im Wohnzimmer bist? Richte heute auch dort einen sicheren Platz ein: Wiege, Laufstall oder Reisebett mit fester, passender Matratze, in dem dein Baby auf dem Rücken liegt, ohne Weiches drumherum. Sofa, Kissen oder ein großes Bett sind kein Schlafplatz für ein Baby, auch nicht kurz. So schläft dein Baby in deiner Nähe, und du kannst dich einfach hinsetzen.

what-the-consultatiebureau-is =
    .title = Was ist das Consultatiebureau?
    .body = Nach der ersten Woche übernimmt die JGZ (Jugendgesundheitsdienst): Oft kommt zuerst jemand zu dir nach Hause, dann gehst du mit deinem Baby zum Consultatiebureau (Kinderberatungsstelle). Dort wird dein Baby gewogen und gemessen, Impfungen werden angeboten und du kannst alles fragen, auch über dich. Kostenlos, ohne Noten. Sprich heute ab, wer zum ersten Termin mitkommt: Vier Ohren hören mehr.

kraamzorg-intake-your-wishes =
    .title = Sag der Kraamzorg, wie es bei dir zu Hause ist
    .body = Kommt die Kraamzorg (Wochenbettpflege zu Hause) bald zum Vorgespräch, oder war sie schon da? Schreib heute auf, was die Pflegerin über dein Zuhause wissen sollte: ein älteres Kind, das auch Aufmerksamkeit braucht, dass du allein bist, eine Sprache, in der du dich leichter ausdrückst, ein Haustier oder dass dir Ruhe am wichtigsten ist. Dann hilft sie vom ersten Tag an so, wie es zu dir passt.

first-hour-after-birth-undisturbed =
    .title = Die erste Stunde: Handys weg, die Nachricht wartet
    .body = Vereinbare heute, dass die erste Stunde nach der Geburt ruhig bleibt: Handys weg, die Nachricht wartet. Leg jetzt fest, wer sie später verschickt und wann, damit in dieser Stunde niemand auf einen Bildschirm schaut. Frag deine Hebamme (verloskundige), ob Wiegen und Messen warten kann. In der ersten Stunde sucht dein Baby deine Wärme, deinen Geruch, deine Stimme. Die Familie erfährt es später.

caesarean-ask-about-skin-to-skin =
    .title = Kaiserschnitt? Frag nach Haut an Haut
    .body = Ist ein Kaiserschnitt geplant oder möglich? Frag heute im Krankenhaus, ob dein Baby schon im OP oder im Aufwachraum Haut an Haut bei dir liegen kann, und was passiert, wenn das nicht geht. Vielleicht kann dann ein anderer Erwachsener schon mal Haut an Haut geben, wach und aufmerksam. So beginnt auch dein Baby nah an einem vertrauten Körper. Schreib die Antwort in deinen Geburtsplan.

giving-birth-without-partner-companion =
    .title = Ohne Partner gebären? Wähl jemanden an deiner Seite
    .body = Bekommst du dein Baby allein, oder kann dein Partner oder deine Partnerin nicht dabei sein? Bitte heute einen vertrauten Menschen, bei der Geburt und in den ersten Tagen da zu sein. Besprecht deine Wünsche und was diese Person tut, wenn du kurz nicht kannst: dein Baby Haut an Haut nehmen, wach und aufmerksam. Sag deiner Hebamme (verloskundige), wer es ist. So gibt es ein vertrautes Gesicht.

hospital-stay-baby-in-your-room =
    .title = Im Krankenhaus? Frag, ob dein Baby bei dir bleibt
    .body = Bekommst du dein Baby im Krankenhaus, oder musst du vielleicht ein paar Tage bleiben? Frag heute, etwa bei einer Führung, ob dein Baby Tag und Nacht bei dir im Zimmer bleibt und ob jemand bei dir übernachten darf. Liegt dein Baby neben dir, lernst du seine Signale sofort kennen und kannst schnell reagieren. Mit der Antwort weißt du auch, was in die Tasche gehört.

test-ride-to-the-hospital =
    .title = Fahr den Weg zum Krankenhaus einmal ab
    .body = Fahr heute einmal zu dem Krankenhaus, in dem du entbindest oder in das du fährst, wenn es zu Hause anders läuft. Schau, wo du parkst, welcher Eingang nachts offen ist und wie lange du brauchst. Hausgeburt geplant? Dann prüf, ob deine Hausnummer gut zu sehen ist. Ist der Weg vertraut, bleibt dein Kopf am Tag selbst frei. Probier die Fahrt ruhig auch einmal im Dunkeln.

car-seat-fitted-and-practised =
    .title = Üb mit der Babyschale vor der Fahrt nach Hause
    .body = Hol die Babyschale heute aus dem Karton und bau sie ein, mit der Anleitung daneben. Setz ein Kuscheltier hinein, zieh die Gurte fest und übe das Einklicken und Lösen. Kommt sie rückwärts auf den Beifahrersitz, muss der Airbag dort aus sein. Sind diese Handgriffe vertraut, bist du auf der ersten Fahrt nach Hause bei deinem Baby statt bei den Schnallen. Unsicher? Lass jemanden mitschauen.

no-car-ride-home-plan =
    .title = Kein Auto? Plan, wie du nach Hause kommst
    .body = Kein Auto? Überleg heute, wie du nach einer Geburt im Krankenhaus mit deinem Baby heimkommst: mit jemandem, der dich abholt, oder mit dem Taxi, in das du deine eigene Babyschale mitnimmst. Auch im Taxi gehört ein Baby in eine gut befestigte Schale, nie lose auf den Schoß. Schau also vorher, wie man sie in einem anderen Auto befestigt. Eine ruhige erste Fahrt ist ein schöner Anfang für das Zuhause.

feeding-plan-with-room-to-change =
    .title = Ein Plan fürs Füttern, der sich ändern darf
    .body = Überleg heute, wie du dein Baby ernähren möchtest: Brust, Flasche oder beides. Schreib es auf und setz darunter: „Wenn es anders kommt, ist das auch gut.“ Manchmal läuft es nach der Geburt anders als geplant, und das sagt nichts darüber, wie gut du es machst. Die Bindung wächst aus der Nähe beim Füttern, nicht aus der Art der Milch. Zeig den Zettel ruhig deiner Hebamme (verloskundige).

breastfeeding-who-helps-first-week =
    .title = Stillen? Kläre, wer dir hilft
    .body = Möchtest du stillen? Frag heute deine Hebamme (verloskundige), wer dir in der ersten Woche hilft: die Pflegerin der Kraamzorg, die Hebamme selbst, und ob eine Stillberaterin dazukommen kann, wenn es hakt. Stillen lernst du zusammen mit deinem Baby, und Hilfe am Anfang macht es leichter. Schreib die Namen mit auf deine Liste.

work-on-pause-on-your-phone =
    .title = Stell die Arbeit auf Pause, auch im Handy
    .body = Beginnt deine Auszeit bald? Bereite heute vor, was dann eingeschaltet wird: eine Abwesenheitsnotiz, der Name deiner Vertretung, und dienstliche Mails und Chats vom Handy runter oder stumm. Ein Handy, das beim Füttern brummt, zieht dich von deinem Baby weg, auch wenn du nicht rangehst. Sag den Kollegen, dass du die Babynachricht selbst schickst; dann muss niemand nachfragen.

leave-before-birth-rest-first =
    .title = Deine Auszeit beginnt: erst Ruhe, dann Aufgaben
    .body = Beginnt deine Auszeit vor der Geburt bald, oder bist du schon zu Hause? Such dir pro Tag eine Sache aus, die du erledigen willst, und halte den Rest des Tages frei für Ruhe: liegen, spazieren, ein Nickerchen. Es ist verlockend, noch das ganze Haus zu putzen, aber deine Kraft brauchst du später für die Nächte mit deinem Baby. Was heute nicht fertig wird, geht auch morgen. Oder gar nicht.

bottle-feeding-practise-now =
    .title = Fläschchen? Jetzt üben, später mehr Ruhe
    .body = Planst du, mit der Flasche zu füttern? Bereite heute einmal ein Fläschchen zu, genau wie auf der Packung beschrieben; dann machst du es später nicht zum ersten Mal mit einem weinenden Baby im Arm. Überleg auch, wie du sitzt: dein Baby halb aufrecht in deinem Arm, eng bei dir, dein Gesicht nah. So wird die Flasche ein Moment zu zweit, egal wer sie gibt.

no-family-nearby-ask-for-volunteers =
    .title = Keine Familie in der Nähe? Frag nach Unterstützung
    .body = Wohnt deine Familie weit weg, oder hast du wenige Menschen um dich? Frag heute deine Hebamme (verloskundige) oder das Consultatiebureau (Kinderberatungsstelle), ob es in deiner Gegend Ehrenamtliche oder Familien gibt, die junge Eltern begleiten: ein Kaffee, ein Spaziergang, ein offenes Ohr. Alle Eltern brauchen Menschen um sich, und diesen Kreis darfst du neu aufbauen. Fragen ist keine Schwäche.

birth-bag-by-the-door =
    .title = Stell die Tasche an die Tür
    .body = Pack heute deine Tasche für die Geburt, auch wenn du eine Hausgeburt planst: Pläne können sich ändern. Leg Kleidung und ein Mützchen für dein Baby hinein, etwas Bequemes für dich, ein Ladekabel, etwas zu essen und deine Papiere. Stell die Tasche an die Tür, die Babyschale daneben. Wenn alles bereitsteht, musst du am großen Tag an nichts anderes denken als an dein Baby.

house-ready-for-kraamweek =
    .title = Mach dein Zuhause bereit für die erste Woche
    .body = Frag heute nach, was die Kraamzorg (Wochenbettpflege zu Hause) bei dir braucht, und besorg es jetzt: das Wochenbettpaket, oft über die Krankenversicherung, und Klötze unter dem Bett, damit es höher steht. Das höhere Bett erleichtert der Pflegerin die Arbeit und macht das Wochenbett bequemer. Leg alles an einen Ort. Dann gilt deine Aufmerksamkeit deinem Baby, nicht dem Suchen.

birth-papers-in-one-folder =
    .title = Alle Papiere in einer Mappe
    .body = Steck heute alles, was du rund um die Geburt brauchst, in eine Mappe: Ausweis, Versichertenkarte, die Papiere deiner Hebamme (verloskundige). Schau auch nach, wie du die Geburt bei deiner Gemeinde (gemeente) anmeldest, wenige Tage danach, und wer das macht. Leg einen Zettel dazu: Baby bei der Krankenversicherung anmelden. Weniger Laufereien in den ersten Tagen heißt mehr Zeit für dein Baby.

grandparents-first-meeting-plan =
    .title = Wie lernen die Großeltern dein Baby kennen?
    .body = Sprich heute mit den künftigen Großeltern darüber, wie und wann sie dein Baby zum ersten Mal sehen: vielleicht lieber ein ruhiger Moment zu Hause als ein volles Zimmer am ersten Tag? Sag auch, warum: Ein Neugeborenes hat schnell genug von Trubel, und du brauchst deine Kraft. Kennen sie deinen Plan, fühlen sie sich weniger außen vor. So wird das erste Treffen etwas, woran ihr später zurückdenkt.

many-visitors-family-custom =
    .title = Kommt die ganze Familie zu Besuch?
    .body = Ist es in deiner Familie üblich, dass in den ersten Wochen viele Menschen vorbeikommen, etwa in den ersten vierzig Tagen? Bitte heute ein angesehenes Familienmitglied, etwa eine Tante oder eine Oma, zu regeln, wer wann kommt, verteilt über die Wochen statt alle auf einmal. Aus der Familie selbst klingt das nicht unhöflich. So bleibt das Schöne am Willkommenheißen, und dein Baby bekommt genug Ruhe.

visitors-make-their-own-tea =
    .title = Besuch kocht sich den Tee selbst
    .body = Schreib es heute schon in die Nachricht, die du nach der Geburt an Familie und Freunde schickst: „Schön, wenn du kommst! Mach dir selbst einen Tee, und nimm beim Gehen den Müll mit.“ Wer gerade ein Baby bekommen hat, muss niemanden bedienen. So bleibst du auf dem Sofa, dein Baby an dich gekuschelt, und deine Kraft geht dahin, wo sie hingehört. Die meisten helfen gern mit.

visitors-with-a-cold-wait =
    .title = Erkältet oder Lippenherpes? Dann später kommen
    .body = Stell heute Handseife und ein sauberes Handtuch ans Waschbecken, das der Besuch benutzt; dann geht Händewaschen wie von selbst. Überleg dir auch, wie du es sagst, wenn jemand erkältet ist oder Lippenherpes hat: „Schön, dass du kommen willst! Komm lieber, wenn es abgeheilt ist, dann darfst du das Baby auch halten.“ Ein Neugeborenes verträgt solche Viren schlecht. Unsicher? Frag die Kraamzorg.

feeding-while-visitors-are-there =
    .title = Füttern, während Besuch da ist
    .body = Überleg dir heute, was du möchtest, wenn dein Baby Hunger bekommt, während Besuch da ist: Gehst du kurz in ein anderes Zimmer, oder ist das der Moment, in dem der Besuch geht? Babys trinken oft ruhiger in einem stillen Raum, und du kannst dich dann auf dein Baby konzentrieren statt auf das Gespräch. Ein freundliches „Ich geh jetzt füttern, bis zum nächsten Mal!“ ist immer in Ordnung.

family-far-away-one-video-call =
    .title = Familie weit weg? Plan einen ruhigen Videoanruf
    .body = Hast du Familie weit weg, die dein Baby so schnell wie möglich sehen will? Vereinbare heute, dass du in den ersten Tagen selbst Bescheid gibst, wann angerufen wird: ein ruhiger Videoanruf, wenn dein Baby wach und zufrieden ist, statt eines Handys, das den ganzen Tag klingelt. Ein Foto zwischendurch geht immer. So sehen sie dein Baby in einem guten Moment, und du behältst deine Ruhe.

someone-to-text-at-night =
    .title = Wem darfst du nachts schreiben?
    .body = Such dir heute einen Menschen, dem du nachts schreiben kannst, wenn du mit wachem Baby allein dasitzt: eine Freundin mit Nachtdienst, Familie in einer anderen Zeitzone. Frag einfach: „Darf ich dir nachts um drei schreiben?“ Eine Antwort macht die Nacht weniger einsam. Sorgen ums Baby? Erste Woche: Hebamme (verloskundige), dann Hausarzt (huisarts) oder hausärztlicher Notdienst (huisartsenpost).

cook-double-and-freeze =
    .title = Doppelt kochen und einfrieren
    .body = Koch diese Woche ein paarmal die doppelte Menge und frier die Hälfte ein, in Portionen, die sich leicht aufwärmen und mit einer Hand essen lassen. Suppe, Eintopf, Auflauf: was dir schmeckt. In den ersten Wochen mit Baby fällt das Kochen oft als Erstes weg, und wer gut isst, hat mehr Geduld übrig. Beschrifte jede Dose, dann muss um Mitternacht niemand raten.

night-feeding-spot-ready =
    .title = Ein Platz fürs nächtliche Füttern, und wenn du einnickst
    .body = Leg heute fest, wo du nachts fütterst: auf einem Stuhl neben dem Bettchen oder aufrecht im Bett mit einem Kissen im Rücken. Merkst du, dass du mit deinem Baby im Arm einschläfst? Dann leg es auf den Rücken in sein eigenes Bett. Mit einem Baby auf dir auf dem Sofa einzuschlafen ist gefährlich, also wähl diesen Platz nachts lieber nicht. Ein fester Ort macht die Nacht auch für dein Baby vertraut.

first-night-home-ready =
    .title = Die erste Nacht zu Hause
    .body = Viele Eltern liegen in der ersten Nacht zu Hause wach und lauschen jedem Geräusch; das ist ganz normal. Speicher heute die Nummer deiner Hebamme (verloskundige) im Handy und leg sie auf einem Zettel neben dein Bett: In der ersten Woche rufst du sie an, auch nachts, wenn du dir Sorgen um dein Baby oder dich machst. Danach: der Hausarzt (huisarts) und der hausärztliche Notdienst (huisartsenpost).

first-week-who-comes-to-the-door =
    .title = Die erste Woche: Wer klingelt da alles?
    .body = In der ersten Woche klingelt es oft: die Pflegerin der Kraamzorg (Wochenbettpflege zu Hause), deine Hebamme (verloskundige) und jemand für den Fersenpiks und meist auch für den Hörtest. Frag deine Hebamme heute, wie das bei dir ungefähr abläuft, und schreib es für alle auf, die dann bei dir sind. So erschrickst du nicht bei jedem Klingeln und nutzt die ruhigen Stunden für dich und dein Baby.

kraamverzorgende-shows-you-do =
    .title = Lass es dir zeigen, dann mach es selbst
    .body = Schreib heute auf, was du in der ersten Woche von der Wochenbettpflegerin lernen möchtest: baden, wickeln, anziehen, trösten. Bitte sie, es einmal vorzumachen und dann neben dir zu bleiben, während du es machst. So lernen deine Hände dein Baby kennen, und dein Baby lernt deine Hände kennen. Nach dieser Woche machst du es selbst, und dann fühlt es sich schon ein bisschen normal an.

nap-while-kraamzorg-is-there =
    .title = Schlaf, wenn die Wochenbettpflegerin da ist
    .body = Nimm dir heute vor: Wenn die Pflegerin der Kraamzorg da ist, lege ich mich tagsüber einmal hin. Sie passt dann auf dein Baby auf, und du holst Schlaf nach. Besuch in diese Stunden zu legen ist verlockend, aber genau dann kannst du auftanken. Etwas ausgeruhter reagierst du ruhiger auf dein Baby, auch nachts. Sag es am ersten Tag einfach laut, dann kann sie damit rechnen.

kraamzorg-last-day-what-they-noticed =
    .title = Letzter Tag der Kraamzorg: Frag, was ihr auffiel
    .body = Am Ende der Kraamzorg (Wochenbettpflege zu Hause) kennt die Pflegerin dein Baby ein bisschen. Nimm dir heute vor, sie am letzten Tag zu fragen: Was ist dir an meinem Baby aufgefallen? Wie zeigt es Hunger oder Müdigkeit, und was hilft beim Trösten? Schreib die Antworten auf. Oft merkst du dann, dass du das meiste schon wusstest. Was du später selbst entdeckst, kommt dazu; die Liste wächst mit.

last-days-any-news-yet =
    .title = Eine Nachricht gegen „Schon was Neues?“
    .body = Fragen dich in diesen letzten Tagen alle, ob es was Neues gibt? Schick heute eine Nachricht herum: „Wir melden uns, wenn das Baby da ist. Fragen müsst ihr nicht, an uns denken schon.“ Dann musst du nicht täglich „noch nicht“ antworten, und dein Kopf bleibt freier: fürs Warten und bald für dein Baby. Dauert es länger als gedacht? Das kennen viele; deine Hebamme (verloskundige) behält es im Blick.
