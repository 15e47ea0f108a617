moving-up-to-a-new-group =
    .title = In eine neue Gruppe in der Kita
    .body = Wechselt dein Kleinkind in der Kita in die Gruppe der Älteren? Frag, welche vertrauten Dinge mitumziehen können: der eigene Schlafsack, das eigene Fach, das Lied vor dem Essen. Und ob dein Kind in den ersten Wochen noch kurz der alten Gruppe winken darf. So bleibt zwischen all dem Neuen etwas gleich. Ein paar Wochen mehr Tränen beim Bringen gehören zu so einem Wechsel oft dazu.

after-separation-keep-both-grandparents =
    .title = Nach der Trennung: beide Großeltern im Blick behalten
    .body = Getrennt, und hat dein Kind die Großeltern der anderen Seite oft gesehen? Auch diese Bindung zählt: Ein Kind bindet sich an die Menschen, die es oft sieht, nicht an eine Seite der Familie. Sprecht ab, wann diese Großeltern dein Kind weiter sehen, etwa an einem festen Nachmittag. Was auch zwischen euch Erwachsenen war: Dein Kind muss niemanden verlieren.

evening-out-sitter-joins-bedtime =
    .title = Abends weg? Lass den Babysitter beim Zubettgehen mitmachen
    .body = Gehst du heute Abend aus, und es kommt ein Babysitter? Lass ihn kommen, bevor dein Kind schläft, und macht das Abendritual zusammen: du den Schlafanzug, der Babysitter das Buch, du das Lied. Dann sag: „Ich gehe weg, Jonas bleibt hier. Morgen früh bin ich wieder da.“ Wacht dein Kind nachts auf, sieht es ein Gesicht, das zum Einschlafen gehörte. Schleich dich nicht weg, auch bei Tränen.

settling-in-still-hard-after-weeks =
    .title = Nach Wochen Eingewöhnung noch jeden Tag untröstlich?
    .body = Geht dein Kind seit etwa sechs Wochen in die Kita oder zur Tagesmutter (gastouder) und weint dort noch fast den ganzen Tag, kaum zu trösten? Bitte die feste Bezugsperson oder die Tagesmutter um ein Gespräch: Was sehen sie, wer tröstet dein Kind, was hilft? Kürzere Tage oder immer dieselben Gesichter können helfen. Bleibst du unsicher? Sprich mit dem Consultatiebureau (Kinderberatungsstelle).

grandparent-stops-babysitting-keep-the-visits =
    .title = Oma passt nicht mehr auf? Die Bindung kann bleiben
    .body = Passt Oma oder Opa nicht mehr jede Woche auf, wegen Krankheit, eines Umzugs oder weil es zu viel wurde? Dann fällt für dein Kleinkind jemand aus der Woche. Sag es einfach: „Wenn ich arbeite, gehst du nicht mehr zu Oma. Am Sonntag besuchen wir sie.“ Macht den Besuch zur Gewohnheit, mit etwas, das die beiden immer zusammen gemacht haben, etwa Enten füttern. So bleibt die Bindung, in neuer Form.

serious-illness-at-home-one-steady-carer =
    .title = Schwere Krankheit in der Familie? Eine feste Extra-Person
    .body = Ist ein Elternteil bei euch schwer krank? Sorg möglichst für eine feste zusätzliche Betreuungsperson, die dein Kleinkind gut kennt. Sag in ein paar ehrlichen Worten, was los ist: „Papa ist krank. Die Ärzte helfen ihm. Heute bringt Oma dich ins Bett.“ Dein Kind muss es nicht verstehen, aber spüren, dass immer jemand Vertrautes da ist. Such dir auch selbst Hilfe, etwa bei deinem Hausarzt (huisarts).

just-separated-say-it-simply =
    .title = Gerade getrennt? Sag es einfach, jedes Mal gleich
    .body = Gerade getrennt, und dein Kind sucht in der Wohnung nach dem Elternteil, der nicht mehr da wohnt? Sag es einfach und jedes Mal gleich: „Papa wohnt jetzt in einem anderen Haus. Am Samstag gehst du zu ihm.“ Halte den Rest des Tages so normal wie möglich: dieselben Mahlzeiten, dasselbe Schlaflied. Dein Kind versteht nicht alles, spürt aber, dass die Großen den Überblick behalten.

holiday-kids-club =
    .title = Ein Kinderclub im Urlaub?
    .body = Hat eure Urlaubsunterkunft einen Kinderclub oder Miniclub mit Betreuung? Für ein Kleinkind sind fremde Betreuer an einem fremden Ort viel auf einmal. Bleib beim ersten Mal dabei oder lass es einfach: Erholen geht auch, während dein Kind neben dir im Sand spielt. Willst du doch eine Stunde für dich? Dann lieber mit jemandem, den dein Kind schon kennt, etwa Oma oder eine Tante, die mitgereist ist.

sitter-at-home-while-you-work-from-home =
    .title = Babysitter im Haus, während du im Homeoffice bist
    .body = Passt ein Babysitter oder Oma auf dein Kind auf, während du zu Hause arbeitest? Verabschiede dich richtig, wie du es in der Kita tun würdest, und geh dann „zur Arbeit“: in ein Zimmer mit geschlossener Tür oder kurz aus dem Haus. Immer wieder hereinschauen wirkt lieb, macht aber aus jedem Besuch einen neuen Abschied. Doch zwischendurch kuscheln? Vereinbart einen festen Moment, etwa mittags.

calls-the-carer-mama =
    .title = Sagt dein Kind zur Tagesmutter „Mama“?
    .body = Sagt dein Kind „Mama“ oder „Papa“ zur Tagesmutter (gastouder), zur Bezugsperson in der Kita oder zur Oma? Das kann kurz wehtun. Oft heißt es einfach „jemand, der für mich sorgt“, gerade solange dein Kind wenige Wörter hat. Reagier locker und nenn den Namen: „Ja, das ist Fatima.“ Dass dein Kind sich dort zu Hause fühlt, ist eine gute Nachricht. Mit mehr Namen ordnen sich die Wörter von selbst.

give-childcare-your-words-for-a-big-change =
    .title = Große Veränderung zu Hause? Gib der Kita deine Worte
    .body = Ist zu Hause etwas Großes los, etwa ein Umzug, eine Trennung oder ein krankes Familienmitglied? Erzähl es kurz in der Kita oder der Tagesmutter, und gib den Satz weiter, den du zu Hause sagst: „Opa ist krank, er ist im Krankenhaus.“ Ruft dein Kind dort nach jemandem oder ist durcheinander, hört es dieselben Worte wie zu Hause. Eine Geschichte an zwei Orten gibt Halt.

carer-invites-at-drop-off =
    .title = Beim Bringen holt die Bezugsperson dein Kind ab
    .body = Hängt dein Kleinkind beim Bringen an deinem Bein? Bitte die Bezugsperson in der Kita, zu euch zu kommen und dein Kind zu etwas einzuladen, das es mag: „Kommst du mit, die Fische füttern?“ Dann gib deine Abschiedsumarmung und geh. So geht dein Kind nicht einfach von dir weg, sondern mit jemandem, der es abgeholt hat. Klappt es heute nicht? Dann nimmt die Bezugsperson es auf den Arm, auch gut.

different-house-different-rules =
    .title = Bei Oma ist manches anders
    .body = Darf dein Kind bei Oma und Opa aufs Sofa hüpfen oder einen Keks mehr essen, zu Hause aber nicht? Mach keinen Machtkampf daraus, sag es einfach laut: „Bei Oma darfst du das. Zu Hause machen wir es so.“ Kinder kommen gut mit verschiedenen Orten und Gewohnheiten zurecht, solange es in jedem Haus vorhersehbar ist. Was die Sicherheit betrifft, sprecht ihr gemeinsam ab, am besten ohne dein Kind.

drop-off-easier-with-someone-else =
    .title = Abschied leichter, wenn jemand anders bringt?
    .body = Weint dein Kind jeden Morgen, wenn du es in die Kita bringst, winkt aber fröhlich, wenn der andere Elternteil oder Opa bringt? Das sagt nichts darüber, wie sehr dein Kind dich liebt. Manchmal fällt der Abschied von einem Menschen einfach schwerer. Lass eine Zeit lang öfter den anderen bringen, wenn das geht, und du holst ab. So beginnt der Tag leichter, und das Wiedersehen gehört dir.

staying-with-family-you-do-bedtime =
    .title = Bei der Familie zu Gast? Du bringst dein Kind ins Bett
    .body = Wohnt ihr ein paar Wochen bei der Familie, in einem Haus voller Tanten, Onkel und Cousins, die alle helfen wollen? Lass sie tagsüber gern mitmachen, aber behalte das Zubettbringen bei dir oder beim anderen Elternteil, mit eurem eigenen Lied. In einem fremden Haus sucht ein Kleinkind gerade beim Einschlafen seine vertrauten Menschen. Spät und trubelig? Ein kurzes Ritual reicht, wenn du es machst.

the-other-parent-does-not-come =
    .title = Der andere Elternteil kommt nicht wie verabredet
    .body = Sollte dein Kind heute zum anderen Elternteil, und der kommt nicht oder viel später? Sag es ehrlich und ohne Urteil: „Mama kann heute nicht kommen. Schade, oder? Du bleibst bei mir.“ Tröste, wenn Kummer kommt, und macht dann etwas Normales zusammen, etwa rausgehen. Dein eigener Ärger ist verständlich; klär ihn später, nicht vor deinem Kind. So trägt dein Kind keinen Streit, der nicht seiner ist.

handover-between-homes-keep-it-calm =
    .title = Wechsel zwischen zwei Zuhause: Ruhe an der Tür
    .body = Ist die Übergabe an den anderen Elternteil oft angespannt? Besprecht Geld, Absprachen und Streit zu einer anderen Zeit, nicht an der Tür vor eurem Kind. Halte den Abschied kurz und freundlich: „Viel Spaß bei Mama, bis Sonntag.“ Manchmal hilft ein Wechsel über die Kita: Einer bringt, der andere holt ab. Dann muss dein Kind nicht zwischen zwei Menschen wählen, die es liebt.

grieving-let-others-do-the-play =
    .title = Trauer, und ein Kleinkind, das spielen will
    .body = Hast du jemanden verloren, einen Elternteil, einen Freund, eine Schwangerschaft, und dein Kind will einfach toben? Du musst nicht fröhlich tun. Lass jemand anderen die wilden Spiele und Ausflüge übernehmen, und behalte das Ruhige: Vorlesen, zusammen aufs Sofa, das Schlaflied. So bleibst du nah, mit dem, was du geben kannst. Nach Wochen noch zu schwer? Sprich mit deinem Hausarzt (huisarts).

a-small-job-in-the-family-feast =
    .title = Eine eigene kleine Aufgabe beim Familienfest
    .body = Gehört zu eurem Fest ein festes Ritual, etwa Kekse verteilen zum Zuckerfest oder den Schuh für Sinterklaas rausstellen? Gib deinem Kleinkind darin eine kleine, sichere Aufgabe: das Schälchen tragen, während du verteilst, die Möhre in den Schuh legen. Sag dazu: „Das machen wir jedes Jahr.“ So spürt dein Kind, dass es zu eurer Familie gehört. Lieber vom Arm aus zuschauen? Auch das ist Mitmachen.

waking-the-night-worker-together =
    .title = Nachtdienst? Mach das Wecken zum Ritual
    .body = Schläft ein Elternteil nach dem Nachtdienst tagsüber, und dein Kleinkind hört ständig „pssst“? Macht einen festen Moment daraus: Um drei Uhr darf dein Kind den Schläfer zusammen mit dir wecken, mit einem Klopfen an der Tür und einem Lied. Bis dahin bleibt die Schlafzimmertür zu, mit einem Bild daran. So wird das Warten überschaubar, und der Nachmittag beginnt mit einem fröhlichen Wiedersehen.

new-baby-keep-the-toddlers-week-the-same =
    .title = Baby geboren? Lass deinem Kleinkind seine Woche
    .body = Ist gerade ein Baby zur Welt gekommen? Lass deinem Kleinkind so weit wie möglich seine gewohnte Woche: die festen Kita-Tage, Oma am Mittwoch, dasselbe Abendritual. Brauchst du zum Erholen mehr Hilfe? Lieber jemand, den dein Kind gut kennt, bei euch zu Hause, als plötzlich neue Orte. So merkt dein Kleinkind, dass seine eigene Welt stehen bleibt, während zu Hause jemand dazukommt.

visiting-a-seriously-ill-relative =
    .title = Besuch bei einem schwer kranken Verwandten
    .body = Besuchst du mit deinem Kind Oma, Opa oder einen anderen Verwandten, der schwer krank ist, zu Hause, im Krankenhaus oder im Pflegeheim? Sag vorher in wenigen Worten, was dein Kind sehen wird: „Opa liegt im Bett, er ist sehr müde.“ Halte es kurz, bring etwas zum Schenken mit, etwa ein Bild, und nimm dein Kind auf den Schoß oder an die Hand. Will es weg? Dann war es genug, und trotzdem wertvoll.

a-morning-in-the-childcare-group =
    .title = Eine Stunde in der Gruppe zuschauen
    .body = Frag, ob du einmal eine Stunde in der Kita oder bei der Tagesmutter zuschauen darfst, oder geh zu einem Elternvormittag. Schau vor allem: Mit wem spielt dein Kind, auf wessen Schoß klettert es, welche Lieder gehören zur Obstpause? Zu Hause könnt ihr dann mit echten Bildern im Kopf reden: „Bei Anouk auf dem Schoß, nicht wahr?“ Tränen, wenn du danach gehst? Dort ist Abschied anders, das ist okay.

off-to-childcare-while-the-baby-stays-home =
    .title = Ab in die Kita, das Baby bleibt zu Hause
    .body = Geht dein Kleinkind seit der Geburt weiter in die Kita, während das Baby bei dir zu Hause bleibt? Manche Kinder fühlen sich dann etwas weggeschickt. Erzähl ehrlich, wie euer Tag ist: „Das Baby trinkt und schläft, und ich mache die Wäsche. Nach deinem Mittagsschlaf hole ich dich ab.“ Langweilig, und meistens stimmt das auch. Mach das Abholen zu einem Moment für euch zwei, wenn möglich ohne Baby.

a-moving-box-of-their-own =
    .title = Ein eigener Umzugskarton
    .body = Ihr zieht um? Gib deinem Kleinkind einen eigenen Karton und packt ihn zusammen: das Lieblingskuscheltier, ein paar Bücher, der eigene Becher. Lass dein Kind ein Bild darauf kritzeln. In der neuen Wohnung ist das der erste Karton, den ihr öffnet, zusammen auf dem Boden: „Schau, deine Sachen sind mitgekommen!“ So sieht dein Kind, dass seine Sachen nicht verschwinden, wenn alles in Kisten kommt.

last-day-at-the-old-childcare =
    .title = Der letzte Tag in der alten Kita
    .body = Verlässt dein Kind die Kita oder die Tagesmutter, wegen eines Umzugs oder eines neuen Platzes? Mach den letzten Tag zu einem echten Abschied: etwas Leckeres zum Verteilen, ein Foto mit der festen Bezugsperson, Winken an der Tür. Nimm das Foto mit nach Hause. Einfach nicht mehr hinzugehen wirkt auf ein Kind, als wäre jemand spurlos weg. Ein Abschied mit Ende macht Platz für den Neuanfang.

tears-when-leaving-grandmas =
    .title = Tränen beim Abschied von Oma
    .body = Weint dein Kind, wenn du es bei Oma und Opa abholst, und will nicht mit? Das kann kurz wehtun, heißt aber vor allem, dass es dort einen schönen Tag hatte. Gib dem Kummer einen Namen: „Du willst noch bei Oma bleiben.“ Lass Oma mit zum Auto oder Fahrrad kommen und winken, bis ihr um die Ecke seid. Und erzähl unterwegs, wann ihr wieder hinfahrt.

first-meeting-with-the-new-baby-arms-free =
    .title = Das erste Kennenlernen: Arme frei
    .body = Kommt dein Kleinkind zum ersten Mal das neue Baby anschauen, im Krankenhaus oder zu Hause? Sorg dafür, dass das Baby in der Wiege liegt oder bei jemand anderem, damit deine Arme frei sind für dein Großes. Erst kuscheln, dann zusammen schauen: „Schau, das ist dein Bruder. So kleine Hände, oder?“ Dein Kleinkind merkt: Mein Platz bei dir ist noch da. Will es noch nicht schauen? Das kommt später.

when-the-pet-dies =
    .title = Wenn das Haustier stirbt
    .body = Ist die Katze, das Kaninchen oder das Meerschweinchen tot? Sag es ehrlich und kurz: „Mieze ist tot. Sie bewegt sich nicht mehr und kommt nicht zurück.“ Sag lieber nicht „Sie schläft“: Das kann Schlafen unheimlich machen. Macht zum Abschied etwas Kleines: eine Blume hinlegen, am Plätzchen im Garten winken. Sucht dein Kind das Tier Wochen später noch? Dann sag es einfach noch einmal, genauso ruhig.

grandparent-under-the-same-roof =
    .title = Oma wohnt mit, und dein Kind rennt zu ihr
    .body = Wohnt eine Oma oder ein Opa bei euch, und rennt dein Kind nach deinem Nein sofort zur Oma? Vereinbart, dass Oma das Nein stehen lässt, aber trösten darf: „Papa hat Nein gesagt. Komm, setz dich kurz zu mir.“ So muss dein Kind nicht zwischen zwei Erwachsenen wählen und bekommt trotzdem Trost. Umgekehrt geht es auch: Sagt Oma Nein, tröstest du. Besprecht das, wenn dein Kind nicht dabei ist.

ramadan-iftar-on-your-lap =
    .title = Ramadan: der Beginn des Iftar auf dem Schoß
    .body = Ist gerade Ramadan, und fällt das Iftar in die Schlafenszeit deines Kleinkinds? Gib deinem Kind früher zu essen und nimm es zu Beginn des Iftar kurz auf den Schoß am Tisch, wenn alle das Fasten brechen. Danach kommt das gewohnte Abendritual. So erlebt dein Kind den besonderen Moment mit, ohne Hunger und späten Abend. Iftar lange nach der Schlafenszeit? Dann vorher eine Gute-Nacht-Runde.

moving-day-with-a-familiar-person =
    .title = Umzugstag: dein Kind bei jemand Vertrautem
    .body = Ist heute Umzugstag? Lass dein Kleinkind den Tag bei jemandem verbringen, den es gut kennt, bei Oma, einer Freundin oder in der vertrauten Kita, weg von Kartons und schleppenden Leuten. Hol dein Kind erst ab, wenn sein Bett in der neuen Wohnung steht. Dann ist der erste Eindruck ein Zimmer mit dem eigenen Bett, und du, ganz ruhig, darin. Das Chaos dieses Tages muss dein Kind nicht sehen.

walks-in-without-looking-back =
    .title = Läuft dein Kind hinein, ohne sich umzudrehen?
    .body = Rennt dein Kleinkind in die Kita oder zu Oma hinein, ohne sich noch umzudrehen, während du noch auf die Umarmung wartest? Das kann wehtun. Oft ist es aber ein Zeichen von Vertrauen: Dein Kind weiß, dass du wiederkommst. Sag trotzdem Tschüss, auch ohne Winken: „Tschüss, Schatz, ich hole dich nach dem Schlafen.“ So bleibt dein Gehen vorhersehbar, auch an Tagen, an denen es dich braucht.

a-drawer-of-their-own-at-grandmas =
    .title = Eine eigene Schublade bei Oma und Opa
    .body = Ist dein Kind oft bei Oma und Opa oder bei einer anderen festen Betreuungsperson zu Hause? Frag, ob es dort eine eigene Schublade oder einen Korb geben kann, mit ein paar Sachen: ein Buch, ein Becher, ein Pulli, etwas Spielzeug. Lass dein Kind jedes Mal selbst hineinschauen: „Schau, deine Sachen sind noch da.“ So hat es auch dort einen Platz, der ihm gehört und auf es wartet. Ein Stück Zuhause.

visitors-greet-the-big-one-first =
    .title = Besuch fürs Baby? Zuerst das Große begrüßen
    .body = Kommt Besuch fürs Baby, oder ist die Wochenbettpflegerin (kraamverzorgende) im Haus? Bitte alle, beim Hereinkommen zuerst dein Kleinkind zu begrüßen und erst dann das Baby anzuschauen. Ein Geschenk fürs Große ist nett, Aufmerksamkeit zählt mehr: „Bist du groß geworden! Zeigst du mir das Baby?“ So ist dein Kleinkind nicht das Kind, das im Weg ist, sondern der Gastgeber seines Geschwisterchens.

asks-to-go-back-to-the-old-house =
    .title = „Nach Hause!“ Gemeint ist die alte Wohnung
    .body = Gerade umgezogen, und dein Kleinkind will ständig „nach Hause“ und meint die alte Wohnung? Lach es nicht weg und erklär nicht zu viel. Sag, was du siehst: „Du vermisst unsere alte Wohnung. Da haben wir gewohnt. Jetzt wohnen wir hier.“ Schaut zusammen ein Foto der alten Wohnung an, oder fahrt mal vorbei. Heimweh darf sein. Mit jedem Tag werden die neuen Zimmer ein bisschen mehr Zuhause.

let-them-show-you-round-at-pick-up =
    .title = Beim Abholen: Lass dich herumführen
    .body = Will dein Kleinkind beim Abholen noch nicht weg? Nimm dir ab und zu zwei Minuten und lass dir von deinem Kind seinen Ort zeigen: „Wo hast du heute gespielt? Zeig mal.“ Schau dir den Klötzchenturm an, den Sandkasten, das Bettchen. Dein Kind ist kurz der Führer in seiner eigenen Welt, und du bist dort zu Gast. Danach gemeinsam heimzugehen klappt oft leichter, als es vom Spiel wegzuziehen.

feast-day-tell-it-beforehand =
    .title = Ein Festtag? Erzähl vorher, wie der Tag wird
    .body = Steht ein großer Tag an, wie das Zuckerfest, Weihnachten, Diwali oder eine Familienhochzeit? Erzähl deinem Kleinkind am Tag davor in ein paar Sätzen, wie es wird: „Morgen ziehen wir deine schönen Sachen an. Dann fahren wir zu Oma. Da sind viele Leute, und ich bleibe bei dir.“ Lass dein Kind die Festkleidung schon mal anprobieren. Was dein Kind schon kennt, überwältigt es am Festtag weniger.

a-relative-who-smacks =
    .title = „Ein Klaps hat noch keinem geschadet“
    .body = Gibt ein Verwandter deinem Kind einen Klaps, oder sagt jemand, das schade nicht? Hol dein Kind zu dir und tröste es zuerst. Sag dann ruhig und klar: „Bei uns schlägt niemand, auch nicht leicht.“ Eine Alternative: „Sag Nein und heb ihn weg.“ Ein Klaps lehrt vor allem Angst. Lass dein Kind nicht allein bei jemandem, der weiter schlägt. Schwierig? Das Consultatiebureau (Kinderberatungsstelle) hilft.

share-bedtime-before-the-baby-comes =
    .title = Baby unterwegs? Teilt euch schon jetzt das Zubettbringen
    .body = Bringt meist ein Elternteil dein Kleinkind ins Bett, der bald mit dem Baby beschäftigt ist? Lass ein paar Wochen vor dem Termin ab und zu den anderen Elternteil oder Oma oder Opa das Abendritual machen, genau so, wie dein Kind es kennt. Erst gemeinsam, dann abwechselnd. So verliert dein Kleinkind rund um die Geburt nicht plötzlich seine vertraute Abendbegleitung. Protest am Anfang ist ganz normal.

empty-house-when-your-child-is-at-the-other-home =
    .title = Stille Wohnung, wenn dein Kind beim anderen Elternteil ist
    .body = Ist dein Kind ein paar Tage beim anderen Elternteil, und die Wohnung wirkt plötzlich leer? Das Vermissen ist normal, auch wenn du die Ruhe genießt. Ruf nicht ständig an; ein kurzer, fester Gute-Nacht-Moment ist für dein Kind ruhiger. Plan etwas für dich: schlafen, Sport, Freunde treffen. So darf dein Kind dort unbeschwert sein und weiß, dass du wieder da bist, wenn es zurückkommt.

a-suitcase-in-the-hall =
    .title = Ein Koffer im Flur
    .body = Kommt der Koffer heraus, für eine Reise, einen Krankenhausaufenthalt oder ein Wochenende weg? Viele Kleinkinder verstehen sofort, dass jemand geht, und werden anhänglich. Sag also laut, wer geht und wer bleibt: „Das ist Papas Koffer. Er ist drei Nächte weg, und du bleibst mit mir zu Hause.“ Fahrt ihr alle zusammen? Dann lass dein Kind selbst etwas in den Koffer legen.

may-i-hold-the-baby =
    .title = „Darf ich das Baby halten?“
    .body = Will dein Kleinkind das neue Baby auch mal halten? Setz es auf den Boden oder tief ins Sofa, ein Kissen unter dem Arm, und leg ihm das Baby auf den Schoß, während deine Hände Köpfchen und Körper weiter stützen. Sag, was du siehst: „Sie schaut dich an. Du hältst deine kleine Schwester.“ Halte es kurz; hör auf, sobald einer unruhig wird. So fühlt sich dein Kleinkind groß und ernst genommen.

a-goodbye-that-keeps-stretching =
    .title = Noch ein Küsschen, und noch eins…
    .body = Wird der Abschied in der Kita oder beim Babysitter immer länger: noch ein Küsschen, noch eine Umarmung, noch einmal winken? Legt eine feste Zahl fest und zählt laut: „Zwei Küsschen und eine Umarmung. Eins, zwei… drück. Tschüss!“ Dann geh wirklich. Ein Abschied mit klarem Ende ist für dein Kind leichter als einer, der immer neu beginnt. Trotzdem Tränen? Dann übernimmt die Bezugsperson.

tell-where-you-were-today =
    .title = Erzähl, wo du heute warst
    .body = Frag beim Wiedersehen nach einem Arbeitstag nicht nur nach dem Tag deines Kindes, sondern erzähl kurz von deinem: „Ich war bei der Arbeit. Ich saß an einem großen Tisch, und beim Mittagessen habe ich an dich gedacht.“ So ist dein Weggehen kein schwarzes Loch, sondern einfach ein Ort, an dem du warst. Und dein Kind hört, dass du an es gedacht hast. Vielleicht fragt es morgen selbst: „Arbeit?“

big-sibling-starts-school =
    .title = Das große Geschwisterkind kommt in die Schule
    .body = Kommt ein älteres Geschwisterkind in die Grundschule, und dein Kleinkind fragt den ganzen Vormittag „Sem?“? Nimm es beim Bringen und Abholen mit zum Schultor und lass es winken. Sag, was du siehst: „Du vermisst Sem. Sem ist in der Schule; nach dem Essen holen wir ihn ab.“ Lass das Große nach der Schule etwas erzählen oder zeigen. So gehört der Abschied voneinander einfach zu eurem Tag.

a-worry-about-childcare-raise-it =
    .title = Ein ungutes Gefühl bei der Kita?
    .body = Hast du beim Abholen etwas gesehen, das dich nicht loslässt, etwa ein Kind, das lange allein weinte, einen harten Ton? Lass es nicht gären. Bitte noch diese Woche um ein Gespräch mit der Bezugsperson oder Leitung und sag, was du gesehen hast, ohne gleich zu urteilen: „Ich habe das gesehen. Was war da los?“ Oft gibt es eine Erklärung, sonst tut sich etwas. Du bist dort die Stimme deines Kindes.

when-visiting-family-fly-home =
    .title = Wenn der Besuch aus der Ferne wieder abreist
    .body = War wochenlang Familie von weit her da, und ist jetzt wieder abgereist? Dein Kleinkind vermisst sie vielleicht, ohne es sagen zu können: Es sucht im Gästezimmer, ist quengelig, schläft unruhig. Sag, was du siehst: „Du suchst Oma. Oma sitzt im Flugzeug nach Hause.“ Lass Omas Strickjacke oder ein Foto noch liegen. Eine feste Zeit zum Telefonieren hilft euch beiden durch die erste Woche.

toddler-wants-to-be-the-baby-again =
    .title = Will dein Kleinkind wieder Baby sein?
    .body = Will dein Kleinkind seit der Geburt plötzlich wieder eine Flasche, getragen werden oder in den Kinderwagen, oder redet es wie ein Baby? Das ist ganz normal. Spiel ab und zu mit: „Komm her, mein großes Baby“, ein paar Minuten wiegen, dann wieder groß. Dein Kind testet dich nicht, es prüft, ob bei dir noch Platz ist. Ein Kind, das sich dessen sicher ist, wird von selbst wieder groß.

a-few-nights-at-the-grandparents =
    .title = Ein paar Nächte bei Oma und Opa
    .body = Übernachtet dein Kleinkind ein paar Tage bei Oma und Opa, weil ihr weg müsst oder Ruhe braucht? Wenn du die Wahl hast, halte es kurz: Für ein Kind in diesem Alter sind ein, zwei Nächte schon lang. Sag es so, dass dein Kind folgen kann: „Zweimal bei Oma schlafen, dann hole ich dich.“ Und komm wie versprochen. Danach besonders anhänglich? Ganz normal: Dein Kind prüft, ob du wirklich zurück bist.

calling-for-the-absent-parent-at-bedtime =
    .title = Beim Einschlafen ruft es nach dem, der fehlt
    .body = Ruft dein Kind beim Zubettgehen nach dem Elternteil, der nicht da ist, weil er im anderen Zuhause wohnt, arbeitet oder verreist ist? Red es nicht weg. Sag: „Du vermisst Mama. Mama denkt auch an dich. Morgen siehst du sie.“ Gebt ihrem Foto zusammen ein Küsschen, oder winkt dem Mond, „den Mama auch sieht“. Das Vermissen darf da sein, und du bleibst dabei, bis es nachlässt.

new-house-show-where-you-sleep =
    .title = Neue Wohnung: Zeig, wo du schläfst
    .body = Gerade umgezogen? In der neuen Wohnung weiß dein Kleinkind nachts noch nicht, wo du bist. Geht tagsüber ein paarmal zusammen von seinem Bett zu deinem, als Spiel: „Wo schläft Papa? Hier!“ Sag beim Zudecken: „Ich schlafe im Zimmer nebenan.“ Ruft dein Kind nachts, antworte und komm. Wer weiß, wo seine Menschen schlafen, für den wird die Nacht in einem fremden Haus kleiner.

say-who-picks-up-today =
    .title = Sag morgens, wer heute abholt
    .body = Holt heute jemand anders als sonst dein Kind ab, etwa Opa, die Nachbarin oder der andere Elternteil? Sag es morgens beim Bringen: „Heute holt dich Opa ab, nach dem Schlafen. Morgen komme ich wieder.“ Bitte die Bezugsperson, es am Nachmittag noch einmal zu sagen. Dann steht keine Überraschung an der Tür, sondern jemand, der angekündigt war. So wird auch ein ungewöhnlicher Tag vorhersehbar.

labels-at-family-gatherings =
    .title = „Was für ein Dickkopf“
    .body = Sagt ein Verwandter in Hörweite deines Kindes: „Die ist aber stur“ oder „Er ist immer so schwierig“? Dein Kind versteht mehr, als du denkst. Gib locker ein freundlicheres Wort zurück, so dass dein Kind es hört: „Sie weiß genau, was sie will.“ Oder: „Er ist müde, es war ein langer Tag.“ So hört dein Kind, wie du es siehst. Kinder glauben oft irgendwann, was sie über sich hören.

the-baby-can-wait-a-moment =
    .title = Manchmal darf das Baby kurz warten
    .body = Muss dein Kleinkind ständig warten, weil das Baby trinken will oder eine frische Windel braucht? Wähl heute bewusst einen Moment, in dem das Baby, frisch gefüttert und sicher in der Wiege oder auf der Decke, kurz wartet: „Baby, warte kurz, erst helfe ich deiner großen Schwester.“ Ein Baby kann kurz meckern, und dein Kleinkind hört: Auch ich komme mal zuerst dran.

will-you-look-after-this-for-me =
    .title = „Passt du für mich darauf auf?“
    .body = Bist du ein paar Tage weg? Gib deinem Kleinkind etwas von dir zum Aufpassen: eine alte Mütze oder ein T-Shirt, das nach dir riecht. „Bewahrst du das für mich auf? Wenn ich zurück bin, hole ich es bei dir ab.“ So wird deine Rückkehr etwas, auf das man warten kann, mit etwas Echtem in der Hand. Und wenn du zurück bist: „Hast du meine Mütze noch? Danke, dass du darauf aufgepasst hast!“

stepchildren-for-the-weekend =
    .title = Bonuskinder am Wochenende
    .body = Kommen die Kinder deines Partners oder deiner Partnerin jedes zweite Wochenende, und das Haus ist plötzlich voll? Halte für dein Kleinkind ein paar Dinge wie unter der Woche: das eigene Bett, den eigenen Becher, das Schlaflied mit dir. Sag vorher, wer kommt: „Morgen kommen Noor und Daan.“ Dann ist das volle Haus ein Fest, kein Überfall, und dein Kleinkind behält seinen Platz.

one-family-visit-a-day-at-the-holidays =
    .title = Feiertage: ein Familienbesuch pro Tag
    .body = Stehen an Weihnachten, zum Zuckerfest oder an Neujahr drei Familienbesuche an einem Tag an? Wähl für dein Kleinkind lieber einen aus, und lass den Mittagsschlaf zu Hause oder am gewohnten Ort stattfinden. Ein Kind in diesem Alter ist schnell überreizt von Haus um Haus und Gesicht um Gesicht. Die Familie ist enttäuscht? „Wir kommen gern, aber ein Haus am Tag ist, was er schafft.“

gentle-hands-with-the-baby =
    .title = So viel Liebe, so fest: sanfte Hände beim Baby
    .body = Will dein Kleinkind das Baby knuddeln, aber so fest, dass du erschrickst: drücken, schubsen, an einem Füßchen ziehen? Meist ist es Liebe mit zu viel Kraft. Leg deine Hand auf seine und streichelt zusammen: „So, sanft über ihr Bein.“ Fest drücken darf es eine Puppe oder ein Kissen. Bleib dabei, solange die beiden zusammen sind. Sanftheit lernt dein Kind von deinen Händen, nicht durch Verbote.

keep-talking-about-who-died =
    .title = Erzähl weiter von dem, der gestorben ist
    .body = Ist Opa, Oma oder ein anderer lieber Verwandter gestorben? Sprich weiter über ihn, auch mit deinem Kleinkind: „Dieses Lied hat Opa dir immer vorgesungen.“ Singt es zusammen oder schaut ein Foto an: „Das ist Opa. Opa ist gestorben, und wir vermissen ihn.“ So bleibt dieser Mensch Teil der Geschichte deines Kindes, auch wenn es sich später kaum erinnern wird. Und du darfst dabei traurig sein.

a-first-friend-at-childcare =
    .title = Ein erster Freund in der Kita
    .body = Nennt dein Kind immer wieder einen Namen aus der Kita, oder will es laut Bezugsperson immer neben demselben Kind sitzen? Frag neugierig nach und verabrede dich mal mit diesem Kind und seinen Eltern auf dem Spielplatz. Eine erste Vorliebe für ein Kind ist ein schöner Anfang von Freundschaft und wächst aus der Sicherheit, die dein Kind bei dir spürt. Spielen heißt jetzt oft nebeneinander; prima.

speak-warmly-about-the-other-home =
    .title = Sprich warm über das andere Zuhause
    .body = Lebt dein Kind auch beim anderen Elternteil? Häng auf Kinderhöhe ein Foto deines Kindes mit diesem Elternteil auf und sprich freundlich darüber: „Da ist Papa. Bei Papa hast du einen blauen Becher, oder?“ Auch wenn es zwischen euch hakt. Dann muss dein Kind nicht fühlen, dass es einen von euch weniger lieben darf. Schwer? Sprich mit jemandem, dem du vertraust, nicht vor deinem Kind.

tell-the-baby-about-the-big-one =
    .title = Erzähl dem Baby vom Großen
    .body = Redest du mit dem neuen Baby? Lass dein Kleinkind hören, wie stolz du auf es bist: „Schau, Baby, das ist deine große Schwester. Sie klettert schon allein die Treppe hoch, und sie kennt alle Lieder.“ Ein Kleinkind, das hört, wie du über es sprichst, fühlt sich gesehen, gerade jetzt, wo das Baby viel Aufmerksamkeit bekommt. Es kostet nichts extra: Du redest ja sowieso mit dem Baby.

make-a-welcome-home-drawing =
    .title = Zusammen ein Willkommen vorbereiten
    .body = Kommt der verreiste Elternteil morgen nach Hause? Bereite heute mit deinem Kleinkind ein Willkommen vor: ein Bild an die Tür, Blumen aus dem Garten in ein Glas, die Hausschuhe bereitstellen. Sag dazu: „Noch einmal schlafen, dann kommt Papa.“ So wird Warten etwas, das ihr zusammen macht, und dein Kind weiß: Das Vermissen ist bald vorbei. Bei der Ankunft kurz schüchtern? Normal; gib ihm Zeit.

the-week-in-pictures =
    .title = Die Woche in Bildern
    .body = Ist die Woche deines Kindes ein Puzzle: zwei Tage Kita, ein Tag bei Oma, ein Tag zu Hause? Mach einen Streifen mit sieben Feldern und einem Foto oder Bild pro Tag: das Kita-Gebäude, Omas Gesicht, euer Haus. Schaut ihn jeden Morgen zusammen an: „Heute ist ein Oma-Tag.“ Ein Kind von fast zwei versteht so ein Bild besser als „Mittwoch“. Für ein Kleinkind heißt vorhersehbar sicher.

walk-past-the-new-playgroup =
    .title = Bald in die Spielgruppe? Geht mal daran vorbei
    .body = Kommt dein Kind bald, etwa ab zwei, in die Spielgruppe (peuterspeelzaal) oder die Vorschule (voorschool)? Geh oder fahr in den Wochen davor ein paarmal daran vorbei. Schaut zusammen durch den Zaun auf den Sandkasten und die Kinder: „Da spielst du bald.“ Frag, ob ihr einmal zusammen hineinschauen dürft. Ein Ort, den dein Kind schon von außen kennt, fühlt sich am ersten Tag weniger fremd an.

second-birthday-everyone-sings =
    .title = Alle singen, und dein Kind versteckt sich
    .body = Wird dein Kind bald zwei, und kommt Besuch, der gleich im Chor singen wird? Viele Kleinkinder finden all die Blicke auf sich aufregend: Sie verstecken das Gesicht oder krabbeln weg. Das ist keine Undankbarkeit. Nimm dein Kind beim Singen auf den Schoß, lass es wegschauen, und pustet die Kerzen zusammen aus, oder eben nicht. Das Fest ist für dein Kind, nicht für das Foto.
