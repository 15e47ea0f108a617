# Daily tips for parents of a baby born early (corrected age below 0).

first-ward-visit-just-arrive =
    .title = Your first visit to the neonatal ward
    .body = Going to see your baby on the neonatal ward for the first time today? Ask a nurse to stand beside you and explain what you see: the tubes, the sensors, the beeps. Then simply look at your baby and softly say hello; among all the strange sounds, your voice is something familiar. Nothing more is needed this first time. You're not a visitor but the parent, so do ask what you can do today.

incubator-still-hands-hold =
    .title = Hold your baby with still hands
    .body = Can you put your hands through the round portholes of the incubator today? Warm them first and don't stroke: rest one hand still around the head and the other around the feet or bottom. For a very small baby, stroking is often too much, while a still hand gives something to lean against, a little like the snug space before birth. When you finish, lift your hands away slowly, one at a time.

tiny-baby-enough-signs-pause =
    .title = Read your tiny baby’s ‘enough for now’
    .body = During care in the incubator today, watch for small signals: looking away, fingers spread wide, hiccups, yawning, a frown, arms shooting out. A baby born early fills up with sensations quickly and says ‘pause’ this way. Then stop, keep your hand still and wait until your baby settles again. Ask the nurses which signals your own baby tends to show.

kangaroo-care-ask-the-nurses =
    .title = Ask when you can do kangaroo care
    .body = Ask today when you can hold your baby skin-to-skin; on the ward this is often called kangaroo care. The nurses will lift your baby, wires and all, onto your bare chest, where your warmth and heartbeat help your baby settle. Wear something that opens at the front, go to the toilet first and keep water within reach. Stay awake and alert; if you start to feel drowsy, tell the nurse.

kangaroo-care-second-parent =
    .title = Kangaroo care isn’t only for the birth parent
    .body = Do you often stand beside the incubator while someone else does kangaroo care, or are you not the one who gave birth? Ask for your own skin-to-skin time today. Your baby gets to know your smell, breathing and heartbeat, and for you, being a parent often suddenly feels real. Stay awake and alert. Afterwards, agree a regular time with the nurses so you don’t have to ask every time.

kangaroo-slow-breathing-chest =
    .title = During kangaroo care: breathe slowly, do nothing
    .body = Is your baby lying skin-to-skin on your chest today? Put your phone away, drop your shoulders and breathe out slowly. Your baby rises and falls with your breathing and feels your heartbeat; a calm body close by helps a tiny stress system settle. No need to talk or stroke: being there is enough. If you notice yourself drifting off, ask a nurse to put your baby back.

tube-feed-as-contact =
    .title = Make a tube feed a moment together
    .body = Is your baby fed through a tube? Ask today whether you can be there and whether you may hold the syringe or hold your baby during the feed, in the incubator or skin-to-skin while you’re awake and alert. Rest a hand around your baby and talk softly. That way feeding becomes a moment of warmth and closeness, just as it will be at the breast or bottle later. If it can’t happen today, ask when it can.

talk-softly-at-open-porthole =
    .title = Talk softly at an open porthole
    .body = Talk softly to your baby for a few minutes today, close to an open porthole of the incubator if the nurses are happy with that. Just tell them how your day went. On a ward full of strange sounds, your baby learns to recognise your voice, and a low, calm tone soothes more than the words themselves. Does your baby look away or get restless? Then being there quietly is enough for now.

care-times-plan-your-visit =
    .title = Plan your visit around a care time
    .body = Ask today when your baby’s next care times are: nappy, temperature, feed. On many wards these are all done together, so a small baby can sleep for longer in between. Arrive in time to be there and do something yourself. That gives your baby a recognisable rhythm, with you in it. If you can’t make every one, choose one fixed care time a day.

nappy-change-in-the-incubator =
    .title = Change a nappy in the incubator
    .body = Ask a nurse today to show you how to change your baby’s nappy in the incubator, then do it yourself while they watch. Go slowly and softly tell your baby what you’re doing: “Now your nappy comes open.” Your baby hears your voice along with your hands, and a chore becomes a moment together. The first few times feel clumsy; that’s part of it, and it gets easier.

one-care-task-becomes-yours =
    .title = Learn one care task that becomes yours
    .body = Choose one task with the nurse today that you’ll do whenever you’re there: taking the temperature, washing the face or doing mouth care. Among all the changing shifts, you become the one whose hands keep coming back, and your baby picks up on that. If you can’t do it yourself yet today, watch closely; next time you take over.

nurses-card-what-calms-baby =
    .title = Tell the nurses what calms your baby
    .body = Write on a card today what you’ve noticed about your baby: how they like to lie, what settles them, which song you sing. Ask if it can hang by the incubator. The nurses care for your baby when you’re not there, and this way your knowledge travels in their hands. Ask them in turn what they’ve noticed; together you are the team around your baby.

ward-round-question-list =
    .title = Take your questions to the doctors’ round
    .body = Keep a list on your phone today of everything you want to know, however small. Ask whether you can join the doctors’ round or a parent meeting, and bring the list. Understanding what’s happening makes you feel less like an onlooker and more like a parent, which leaves room for contact with your baby. Asking twice is fine; nobody remembers everything on a ward like this.

monitor-watch-baby-not-screen =
    .title = Watch your baby, not just the screen
    .body = Ask a nurse today to explain calmly, once, what the monitor shows and which beeps are urgent and which aren’t. Many alarms go off because your baby moves or a sensor comes loose, and the nurses keep an eye on it. Then deliberately look at your baby: the face, the hands, how they’re lying. That’s where you learn to read your child; the screen is the nurses’ job.

heel-prick-hold-your-baby =
    .title = Hold your baby through a heel prick
    .body = Is something unpleasant happening to your baby today, like a heel prick or a new tube? Ask whether you can stay and keep your hands still around your baby, or hold your baby against you. Your closeness helps the little body settle after the fright. Keep a hand on your baby for a while afterwards. Is watching too much for you? Then it’s fine to step out for a moment.

see-your-baby-past-the-tubes =
    .title = Look for your baby behind the tubes
    .body = Do you mostly see wires, tape or a mask today? Then look deliberately for your baby: the eyebrows, the hair, the shape of the ears, the toes. Who does your baby look like? Say it out loud or write it down. That way you see your child rather than just the equipment around them, and the feeling ‘this is my child’ often grows from exactly these details.

goodbye-ritual-at-the-incubator =
    .title = A fixed goodbye at the incubator
    .body = Do you have to leave the ward again today? Say goodbye the same way each time: your hand resting still on your baby for a moment, the same few words, like “Sleep well, I’ll be back tomorrow”, and then really go. A fixed ritual gives your baby something familiar and gives you a clear ending, so leaving feels less like slipping away. Tell the nurse when you’ll be back.

go-home-to-sleep-allowed =
    .title = Going home to sleep is allowed
    .body = Does leaving your baby tonight feel wrong? Go home, or to your room, and sleep anyway. The nurses keep watch at night, and you need your strength for the weeks ahead, including the time at home. Feel free to call the ward before bed to hear how things are; if you’re lying awake in the middle of the night, you can call then too.

birth-parent-in-bed-recovering =
    .title = Can’t get to your baby yet after the birth?
    .body = Are you still in bed after a caesarean or a hard birth, or unwell yourself, and unable to get to your baby? Ask whether someone can take you there in a wheelchair or bed, even briefly. Meanwhile, let someone close take photos and a short video. That others hold your baby first says nothing about your bond; it can simply begin a little later.

short-ward-visit-still-counts =
    .title = A short visit counts too
    .body = Working, with children at home or living far away, and only managing a quarter of an hour today? Go anyway. Wash your hands, rest a hand around your baby, softly say hello and tell them one thing about your day. Don’t measure yourself in minutes: a baby mostly needs someone who keeps coming back. If you really can’t make it one day, call the ward and ask how it went.

no-touching-today-stay-close =
    .title = No touching today? Stay close
    .body = Is your baby so fragile today that touching or kangaroo care isn’t possible? Then sit beside the incubator, say that you’re there, and watch. Notice what your baby already shows: a hand opening or closing, a face that changes when you talk. Even a baby this small responds to closeness. It can feel powerless, but your presence is already care.

eyes-open-bring-your-face-close =
    .title = Eyes open? Bring your face close
    .body = Does your baby open their eyes for a moment today? Ask whether the light can be dimmed, for instance by half closing the cover over the incubator, and slowly bring your face closer. Say nothing, or something very softly. A face is the most interesting thing there is for a newborn, but a baby this small tires quickly: when the eyes close again, that was enough.

twins-on-the-ward-each-a-moment =
    .title = Two babies on the ward: a moment for each
    .body = Do you have two (or more) babies on the ward? Give each one their own moment today: a kangaroo session while you’re awake and alert, a care time, or simply a while alone with that one. That’s how you learn that each has their own signals and pace. If it’s uneven one day, that’s fine; see tomorrow whose turn it is. Ask the nurses to help you plan.

transfer-to-hospital-near-home =
    .title = Moving to another hospital
    .body = Is your baby moving to a hospital closer to home, or has that just happened? Everything is new: faces, rules, sounds. Bring a note about what calms your baby and tell the new nurses what you’ve been doing so far, like kangaroo care or a regular care task. You are what travels with your baby from one place to the next, and that means a lot to your baby.

first-own-clothes-open-cot =
    .title = Their very first own clothes
    .body = Is your baby moving from the incubator to an open cot, or allowed to wear clothes? Bring a vest, hat or little outfit from home today and dress your baby together with the nurse. Something you chose yourself makes it suddenly tangible for many parents: this is our child. Go ahead and take a photo. If it’s still too early, put something ready in your bag.

first-drinks-baby-sets-the-pace =
    .title = First feeds by mouth: your baby sets the pace
    .body = Is your baby practising drinking at the breast or from a bottle today? Hold your baby close and watch the signals: is the mouth searching, or is the head turning away? Take a pause when your baby stops or tires, even if there’s plenty left. A baby born early learns to drink in small steps. Ask the nurses or the lactation consultant to watch with you.

rooming-in-before-going-home =
    .title = Rooming in before you go home
    .body = Ask whether you can stay in a room on the ward with your baby for a day or a night before going home. Then take on all the care yourself: feeding, changing, comforting, at night too, with the nurses in the background. You’ll find that you can read your baby, and your baby finds that you are the one who comes. Write down your questions and ask them all, even the small ones.

parents-room-talk-to-another-parent =
    .title = Talk to another parent in the parents’ room
    .body = Are you sitting in the parents’ room or by the coffee machine next to another parent today? Ask how they’re doing. Nobody understands this life between the incubator and home like someone going through it, and shared worries feel lighter. Just don’t compare grams or milestones; every baby has their own path. If you’d rather have quiet today, that’s fine too.

sibling-at-home-baby-in-hospital =
    .title = A sibling at home, the baby in hospital
    .body = Is a brother or sister waiting at home while you keep going to the hospital? Explain in simple words where the baby is and why, and let them make a drawing that can hang by the incubator. Keep the same familiar person and the same habits at home as far as you can, like bedtime. That helps the older child feel safe in these unsettled weeks too. Ask the ward when they can come and visit.

corrected-age-count-from-due-date =
    .title = What ‘corrected age’ means
    .body = Your baby is here, but for development you count from the due date: that’s the corrected age. You use it until your child is about two. If your baby was born two months early, four months after the birth often fits two months better. These tips follow that age too. Explain it today to grandparents or friends, so nobody expects too much too soon.

tube-bottle-or-breast-bond-grows =
    .title = Tube, bottle or breast: the bond grows just the same
    .body = Is your baby fed by tube or bottle, with breast milk or formula, and does that nag at you? Attachment doesn’t grow from the way of feeding but from what happens around it: your hands, your voice, your smell and coming back again and again. After a feed today, notice what your baby does with you, like a body relaxing or a hand around your finger. That is your bond.

other-parent-helps-with-expressing =
    .title = Someone else expressing? Here’s your part
    .body = Is the parent who gives breast milk expressing again today, at home or in hospital? Take on your part: clean the pump parts, label the milk the way the ward asks, take it in, and simply sit beside them for a while. Expressing is lonely work, and company makes it lighter. This way you care for your baby together, even if you don’t give the milk yourself.

expressing-milk-is-not-a-contest =
    .title = Expressing is hard work, not a contest
    .body = Expressing again today, with an alarm at night and one eye on the bottles? Don’t read the millilitres as proof of how well you’re doing. Many parents find it easier by the incubator, after kangaroo care or with a photo of their baby nearby. If it’s hard going, ask the lactation consultant for help. And if it doesn’t work out or you stop, you are just as much the parent your baby needs.

read-aloud-by-incubator-or-cot =
    .title = Read aloud by the incubator or cot
    .body = Not quite sure what to do while you sit beside your baby? Bring a book, a picture book, some poems or your own novel, and softly read a few pages aloud. The rhythm of a reading voice is soothing even when the words mean nothing yet, and it gives your hands something to hold. Choose a book you’d like to read at home later too, so it comes along.

preterm-talk-in-your-own-language =
    .title = Talk to your baby in your own language
    .body = Do you speak a different language at home from the nurses, or does speaking Dutch to your baby feel awkward? Today, just talk and sing in the language of your heart. Your baby doesn’t need Dutch but your warm, familiar sound, and in your own language you naturally sound most like yourself. Does the other parent speak another language? Then your baby gains one more familiar voice.

diary-for-your-preterm-baby =
    .title = Keep a little diary for your baby
    .body = Start a notebook or note addressed to your baby today: “Today I held your hand for the first time.” Write down small firsts, add photos, and ask whether the nurses would like to write a line in it when you’re not there. Later you can read back how much you already did together, and one day your child can read it too. One sentence a day is enough, and so is skipping a day.

not-feeling-like-my-baby-yet =
    .title = Doesn’t it feel like your baby yet?
    .body = After all the machines and other people’s hands, does your baby not quite feel like yours yet? Many parents of a baby born early know this feeling. It’s no sign that something is wrong with you or your bond; the feeling often grows along with what you get to do for your baby yourself. Say it out loud to someone today, then do one small thing for your baby, however small.

guilt-about-the-early-birth =
    .title = Guilt about the early birth
    .body = Do you keep thinking: should I have done something differently, is it my fault? Many parents feel this guilt, and an early birth is rarely anyone’s fault. Write your question down today and ask the doctor or the verloskundige (midwife); an honest answer often takes the sharpest edges off. Tell someone close to you, too. Guilt doesn’t have to stand between you and your baby.

afraid-to-attach-come-close =
    .title = Afraid to get attached? Come close anyway
    .body = Are you holding back a little because you’re afraid things will go wrong with your baby? That fear is very understandable, and many parents recognise it. Right now your baby needs your closeness, and being close can comfort you too. Start small: a hand, a song, a few minutes. The fear doesn’t have to be gone before you’re allowed to begin.

ward-social-worker-or-psychologist =
    .title = Talk to someone who knows about this
    .body = Sleeping badly, often in tears, or feeling nothing at all since the birth? Ask on the ward for the medical social worker or the psychologist; they are there for parents like you. Already at home? Then go to your GP. If low mood or anxiety lasts longer than two weeks, or you’ve felt no joy for that long, be sure to tell someone. Asking for help is a strength, and it helps your baby too.

parents-cope-differently-with-worry =
    .title = Everyone carries the worry in their own way
    .body = Does one of you want to know everything about oxygen and grams, while the other would rather sit quietly with the baby or throw themselves into work? People deal with fear differently, and that’s not a lack of love. Ask each other today: “What helps you right now?” and listen without correcting. On your own? Ask yourself that question, and one person you trust.

one-news-message-for-everyone =
    .title = One message for everyone who wants news
    .body = Are the messages pouring in, asking how the little one is? Choose one person today to pass on news for you, or send one message to a group and mute the rest. That way your energy goes to your baby instead of your phone, and the circle around your baby stays small and calm. Let that person handle questions about visiting too.

family-helpers-get-a-practical-job =
    .title = Give grandparents or friends a job
    .body = Do family and friends want to help, but can’t all come to see the baby? Give them a concrete job today: a meal, the laundry, driving to the hospital, time with an older child. That way they really help, and you keep your attention for your baby. Their own bond with your baby comes later, when things are calmer: a grandparent or friend who comes often then becomes familiar naturally.

ask-work-about-leave-options =
    .title = Ask at work what’s possible with leave
    .body = Is your leave running out while your baby is still in hospital, or are you dreading going back? Ask your employer or HR today what’s possible in your situation; when a newborn is in hospital there are sometimes extra options. Fewer worries and a clear plan give you room to be with your baby. If you dread the conversation, take someone with you.

follow-up-talk-about-the-birth =
    .title = Ask for a follow-up talk about the birth
    .body = Is the birth still going round in your head: how fast it went, what was said, what you can’t remember? Ask today for a follow-up talk with the verloskundige (midwife) or gynaecologist who was there; that’s possible for whoever stood beside it too. A birth is a huge transition, and gaps in the story can stay lodged between you and your baby. A story that makes sense makes room.

welcome-ritual-from-your-tradition =
    .title = A welcome ritual from your own tradition
    .body = Does your family or faith have something that belongs with a birth: a prayer whispered in the ear, a blessing, a song, a name spoken aloud? Do it today, even if it’s different from how you imagined; on the ward, ask the nurses for a quiet moment. That way your baby is welcomed as part of your family, and that’s worth celebrating wherever you are.

tell-your-baby-about-home =
    .title = Tell your baby about home
    .body = Tell your baby today what home is like: the room where the cot stands, the cat, a brother or sister who keeps asking when the baby is coming, the smell of dinner. Your baby doesn’t understand the words but hears a calm, warm voice talking about something familiar. And for you, coming home starts to feel a little real. Is your baby home already? Then give them a tour of the house.

parent-alone-one-steady-companion =
    .title = On your own? Choose one steady person beside you
    .body = Are you facing this as a parent on your own, on the ward or soon at home? Choose one steady person today who can come with you: to sit beside you, listen in with the nurses and sometimes take over the care or kangaroo care, if the ward allows. For your baby, that person becomes a familiar face beside you, and for you, a support who already knows the story.

no-comparing-with-term-babies =
    .title = Don’t compare with babies who came on time
    .body = Do you see babies born around the same time, online or in the family, who are already home or look bigger? Put that comparison aside on purpose today. Your baby follows their own path, starting from the due date, and you can’t measure it against anyone else’s. If you compare at all, compare your baby with last week’s, and see what has already changed.

mark-the-due-date =
    .title = Make something of the due date
    .body = Is the due date coming into view? Think today about how you’d like to mark it: a cake, a photo to put beside the very first one, a letter to your baby, or just a quiet day together. It’s a second birthday that only babies born early have, and a moment to see how much you’ve already come through together. Does it feel bittersweet instead? That’s allowed too.

hum-softly-during-care =
    .title = Hum softly during care
    .body = Today, while changing or washing your baby, softly hum a tune, always the same one. Humming is gentler than singing and doesn’t fill a small space like an incubator or crib with too much sound. Your baby gets a calm thread running through the care, and your own breathing slows down too. If it seems too much for your baby today, hum only at the end.

discharge-talk-write-questions =
    .title = Ask for a proper talk before discharge
    .body = Is going home being talked about, or are you just home? Ask for a talk with the nurse or doctor and write down beforehand what you want to know: when to call and whom, what to watch for with feeding and sleep, how check-ups continue. At home there’s no nurse beside you, and knowing when to get help brings calm. Already home? Call the ward or your GP with your questions.

preterm-back-sleeping-at-home =
    .title = At home, your baby always sleeps on their back
    .body = Did your baby sometimes lie on their tummy or side on the ward, attached to a monitor? Home is different: there your baby always sleeps on their back, in their own bed, with no cuddly toys, cloths or pillow in it for the first year. Ask the nurses to practise this before discharge and to explain what else applies to your baby. Then sleeping at home feels familiar straight away.

bring-the-ward-rhythm-home =
    .title = Bring the ward’s rhythm home
    .body = Is your baby going home soon, or just home? Ask the nurses to write down the daily rhythm: how often feeds are, when care happens, when your baby sleeps. Keep roughly to it at home at first, and add one fixed moment of your own, like a song before sleep. That way not everything changes at once for your baby. After that, it can slowly become your own rhythm.

first-nights-home-without-monitor =
    .title = The first nights home, without a monitor
    .body = Is it quiet at home without the ward’s beeps, and do you keep listening to check your baby is breathing? That happens to a great many parents. For the first nights, agree who sleeps when, or ask someone to stay over one night. Lay your baby on their back in their own bed, close to you. If you’re really worried about your baby, call your GP, or at night the huisartsenpost (out-of-hours GP).

home-visitors-healthy-clean-hands =
    .title = Visitors at home: healthy, clean hands, short
    .body = Does everyone want to see your baby at last? When arranging a visit, say: only come if you’re well, wash your hands when you arrive, and don’t kiss the baby’s face. Keep it short and calm; a baby who came early fills up with sensations quickly and can fall ill more easily. Ask the consultatiebureau (child health clinic) or the ward what else applies to your baby, especially in winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg and JGZ after coming home
    .body = Is your baby (nearly) home? Ask whether kraamzorg (maternity home care) can still come, and note when the JGZ (youth health care) nurse or consultatiebureau (child health clinic) will visit; the hospital sometimes follows your baby for a while too. Keep your questions in one notebook so you needn’t remember it all. You don’t have to work this out alone: a few familiar faces make home calmer.

sibling-meets-baby-at-home =
    .title = When a sibling meets the baby at home
    .body = Is the baby coming home to a brother or sister who has waited for weeks? Let the older child do one small thing today, like handing you a vest or singing a song, and say out loud what you see: “Exciting, isn’t it?” or “You missed me too.” Being jealous or quiet is part of it. Plan a quarter of an hour that is just for the older child as well.

first-bath-at-home-after-ward =
    .title = The first bath at home
    .body = Giving your baby a bath at home for the first time, without a nurse beside you? Do it the way you learned on the ward: a warm room, everything within reach, perhaps your baby wrapped in a cloth, as the nurses showed you. Lower your baby into the water slowly and softly say what you’re doing. Keep it short. If it doesn’t work out, a wash with a flannel is fine too.

feeding-at-home-you-know-your-baby =
    .title = Feeding at home: you already know your baby
    .body = Giving the first feeds at home with no one watching, and wondering if you’re doing it right? On the ward you learned a lot: how your baby shows hunger, when it’s enough, which position works. At one feed today, say out loud what you see: “You’re searching, you’re hungry.” You’ll hear how much you already know. Unsure about drinking or growth? Ask the consultatiebureau (child health clinic).
