# Daily tips for parents of a baby born early (corrected age below 0).

first-ward-visit-just-arrive =
    .title = Your first visit to the neonatal ward
    .body = Going to see your baby on the neonatal ward for the first time today? Ask a nurse to stand beside you and explain what you see: the tubes, the sensors, the beeps. Then simply look at your baby and softly say hello; among all the strange sounds, your voice is something familiar. Nothing more is needed this first time. You're not a visitor but the parent, so do ask what you can do today.

incubator-still-hands-hold =
    .title = Your first touch through the incubator porthole
    .body = Can you put your hands through the portholes of the incubator today? First ask the nurses how to wash your hands and how your baby likes to be touched. A warm, still hand often feels better than stroking: let your hand rest quietly, around the feet for instance, and watch what your baby does. Then lift your hand away slowly. Hands shaking the first time? That’s completely normal.

tiny-baby-enough-signs-pause =
    .title = Read your tiny baby’s ‘enough for now’
    .body = During care today, watch for small signals such as looking away, fingers spread wide, hiccups, yawning, a frown or arms shooting out. A baby born early often gets too much input quickly and shows ‘pause’ this way. Then stop, keep your hand still and wait until your baby settles again. Ask the nurses which signals your baby shows; every baby does it a little differently.

kangaroo-care-ask-the-nurses =
    .title = Ask when you can do kangaroo care
    .body = Ask today when you can hold your baby skin-to-skin; this is often called kangaroo care, on a Dutch ward ‘buidelen’. When it’s possible, the nurses lift your baby, wires and all, onto your bare chest, where your warmth and heartbeat can help your baby settle. Wear something that opens at the front, go to the toilet first and keep water nearby. Stay awake and alert; if you feel drowsy, say so.

kangaroo-care-second-parent =
    .title = Kangaroo care isn’t only for the birth parent
    .body = Do you often stand beside the incubator while someone else does kangaroo care, or are you not the one who gave birth? Ask for your own skin-to-skin time today. Your baby gets to know your smell, breathing and heartbeat, and for you, being a parent often suddenly feels real. Stay awake and alert. Afterwards, agree a regular time with the nurses so you don’t have to ask every time.

kangaroo-slow-breathing-chest =
    .title = During kangaroo care: breathe slowly, do nothing
    .body = Is your baby lying skin-to-skin on your chest today? Put your phone away, drop your shoulders and breathe out slowly. Your baby rises and falls with your breathing and feels your heartbeat; a calm body close by can help a tiny stress system settle. No need to talk or stroke: being there is enough. If you notice yourself drifting off, ask a nurse to put your baby back.

tube-feed-as-contact =
    .title = Make a tube feed a moment together
    .body = Is your baby fed through a tube? Ask today whether you can be there and whether you may hold the syringe or hold your baby during the feed, in the incubator or skin-to-skin while you’re awake and alert. Rest a hand around your baby and talk softly. That way feeding becomes a moment of warmth and closeness, just as it will be at the breast or bottle later. If it can’t happen today, ask when it can.

feast-day-in-these-weeks =
    .title = A feast day in these unsettled weeks
    .body = Is there a feast day or birthday in these weeks, like Christmas, Eid or a brother’s or sister’s birthday? Give your baby a small piece of the celebration today: the festive song sung softly, a card by the incubator or cot, a photo of everyone together. On the ward? Ask the nurses what’s possible. And do join in yourself; skipping the celebration doesn’t make you a better parent.

care-times-plan-your-visit =
    .title = Plan your visit around a care time
    .body = Ask today when your baby’s next care times are: nappy, temperature, feed. These are often planned together so a small baby can sleep in between; the nurses know how it works for your baby. Arrive in time to be there and do something yourself. That gives your baby a recognisable rhythm, with you in it. If you can’t make every one, choose one fixed care time a day.

nappy-change-in-the-incubator =
    .title = Change a nappy in the incubator
    .body = Ask a nurse today to show you how to change your baby’s nappy in the incubator, then do it yourself while they watch. Go slowly and softly tell your baby what you’re doing: ‘Now your nappy comes open.’ Your baby hears your voice along with your hands, and a chore becomes a moment together. The first few times feel clumsy; that’s part of it, and it gets easier.

one-care-task-becomes-yours =
    .title = Learn one care task that becomes yours
    .body = Choose one task with the nurse today that you’ll do whenever you’re there, like taking the temperature, washing the face or mouth care; the nurses know what suits your baby. Among all the changing shifts, you become the one whose hands keep coming back. If you can’t do it yourself yet today, watch closely; next time you take over.

nurses-card-what-calms-baby =
    .title = Tell the nurses what calms your baby
    .body = Write on a card today what you’ve noticed about your baby: how they like to lie, what settles them, which song you sing. Ask if it can hang by the incubator. The nurses care for your baby when you’re not there, and this way your knowledge travels in their hands. Ask them in turn what they’ve noticed; together you are the team around your baby.

ward-round-question-list =
    .title = Take your questions to the doctors’ round
    .body = Keep a list on your phone today of everything you want to know, however small. Ask whether you can join the doctors’ round or a parent meeting, and bring the list. Understanding what’s happening makes you feel less like an onlooker and more like a parent, which leaves room for contact with your baby. Asking twice is fine; nobody remembers everything on a ward like this.

monitor-watch-baby-not-screen =
    .title = Watch your baby, not just the screen
    .body = Ask a nurse today to explain calmly, once, what the monitor shows, which beeps are often harmless, for instance when your baby moves or a sensor comes loose, and when you should call someone. The nurses keep an eye on the screen. Then look deliberately at your baby: the face, the hands, how they’re lying. That’s where you learn to read your child.

heel-prick-hold-your-baby =
    .title = Hold your baby through a heel prick
    .body = Is something unpleasant happening to your baby today, like a heel prick or a new tube? Ask whether you can stay and keep your hands still around your baby, or hold your baby against you. Your closeness can help the little body settle again after the fright. Keep a hand on your baby for a while afterwards. Is watching too much for you? Then it’s fine to step out for a moment.

see-your-baby-past-the-tubes =
    .title = Look for your baby behind the tubes
    .body = Do you mostly see wires, tape or a mask today? Then look deliberately for your baby: the eyebrows, the hair, the shape of the ears, the toes. Who does your baby look like? Say it out loud or write it down. That way you see your child rather than just the equipment around them, and the feeling ‘this is my child’ often grows from exactly these details.

goodbye-ritual-at-the-incubator =
    .title = A fixed goodbye at the incubator
    .body = Do you have to leave the ward again today? Say goodbye the same way each time: your hand resting still on your baby for a moment, the same few words, like ‘Sleep well, I’ll be back tomorrow’, and then really go. A fixed ritual brings something familiar into leaving and gives you a clear ending, so leaving feels less like slipping away. Tell the nurse when you’ll be back.

go-home-to-sleep-allowed =
    .title = Going home to sleep is allowed
    .body = Does leaving your baby tonight feel wrong? Go home, or to your room, and sleep anyway. The nurses keep watch at night, and you need your strength for the weeks ahead, including the time at home. Ask the nurses whether you can ring before bed to hear how things are, and whether that’s also fine if you’re lying awake in the middle of the night.

birth-parent-in-bed-recovering =
    .title = Can’t get to your baby yet after the birth?
    .body = Are you still in bed after a caesarean or a hard birth, or unwell yourself, and unable to get to your baby? Ask whether someone can take you there in a wheelchair or bed, even briefly. Meanwhile, let someone close take photos and a short video. That others hold your baby first says nothing about your bond; it can simply begin a little later.

short-ward-visit-still-counts =
    .title = A short visit counts too
    .body = Working, with children at home or living far away, and only managing a quarter of an hour today? Go anyway. Wash your hands, rest a hand around your baby, softly say hello and tell them one thing about your day. Don’t measure yourself in minutes: a baby mostly needs someone who keeps coming back. If you really can’t make it one day, call the ward and ask how it went.

no-touching-today-stay-close =
    .title = No touching today? Stay close
    .body = Is your baby so fragile today that touching or kangaroo care isn’t possible? Then sit beside the incubator and ask the nurses whether talking softly is all right. Watch what your baby shows: a hand opening or closing, a face that changes. That way you already get to know your baby, even without touch. It can feel powerless, but being there is already care.

eyes-open-bring-your-face-close =
    .title = Eyes open? Bring your face close
    .body = Does your baby open their eyes for a moment today? Ask whether the light can be dimmed, for instance with the cover over the incubator, and slowly bring your face closer. Say nothing, or something very softly. Many babies like looking at a face, but a very small baby often tires quickly: when the eyes close again or your baby looks away, that was enough.

twins-on-the-ward-each-a-moment =
    .title = Two babies on the ward: a moment for each
    .body = Do you have two (or more) babies on the ward? Give each one their own moment today: a kangaroo session while you’re awake and alert, a care time, or simply a while alone with that one. That’s how you learn that each has their own signals and pace. If it’s uneven one day, that’s fine; see tomorrow whose turn it is. Ask the nurses to help you plan.

transfer-to-hospital-near-home =
    .title = Moving to another hospital
    .body = Is your baby moving to a hospital nearer home, or just moved? Ask whether you can be there for the transfer or ride along. On the new ward, introduce yourself straight away as the parent, ask to be shown around and ask who your contact person is. Everything is new for your baby: faces, sounds, hands. You are what travels along, and the sooner you feel at home there, the more calm you bring.

first-own-clothes-open-cot =
    .title = Your baby’s first clothes from home
    .body = Is your baby moving from the incubator to an open cot, or allowed to wear clothes? Bring a vest, hat or little outfit from home today and dress your baby together with the nurse. Something you chose yourself makes it suddenly tangible for many parents: this is our child. Go ahead and take a photo. If it’s still too early, put something ready in your bag.

first-drinks-baby-sets-the-pace =
    .title = First feeds by mouth: your baby sets the pace
    .body = Is your baby practising drinking at the breast or from a bottle today? Hold your baby close and watch the signals: is the mouth searching, or is the head turning away and your baby tiring? Ask the nurses beforehand what to do if your baby stops before the feed is finished. Learning to drink usually goes in small steps, at your baby’s pace. The lactation consultant can watch with you too.

rooming-in-before-going-home =
    .title = Rooming in before you go home
    .body = Ask whether you can stay in a room on the ward with your baby for a day or a night before going home. Then take on all the care yourself: feeding, changing, comforting, at night too, with the nurses in the background. You’ll find that you can read your baby, and for your baby you are the one who comes. Unsure at some point? Ring for the nurse: that’s exactly what this night is for.

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

hospital-costs-ask-for-help =
    .title = Parking, travel, food: ask for help with the costs
    .body = Are the costs piling up from all the back and forth: parking, petrol or the train, food from a machine? Ask the nurses or the medical social worker today what’s possible, like a parking arrangement for parents or a place to sleep nearby. Ask your health insurer too whether anything is covered. Money worries take energy you’d rather give your baby, and asking for help is part of these weeks.

preterm-talk-in-your-own-language =
    .title = Talk to your baby in your own language
    .body = Do you speak a different language at home from the nurses, or does speaking Dutch to your baby feel awkward? Today, just talk and sing in the language of your heart. Your baby doesn’t need Dutch but your warm, familiar sound, and in your own language you naturally sound most like yourself. Does the other parent speak another language? Then your baby gains one more familiar voice.

diary-for-your-preterm-baby =
    .title = Keep a little diary for your baby
    .body = Start a notebook or note addressed to your baby today: ‘Today I held your hand for the first time.’ Write down small firsts, add photos, and ask whether the nurses would like to write a line in it when you’re not there. Later you can read back how much you already did together, and one day your child can read it too. One sentence a day is enough, and so is skipping a day.

not-feeling-like-my-baby-yet =
    .title = Doesn’t it feel like your baby yet?
    .body = After all the machines and other people’s hands, does your baby not quite feel like yours yet? Many parents of a baby born early know this, and it says nothing about you or your bond. Tell a nurse, the JGZ (youth health care) or someone you trust today, and ask what they see your baby do when you’re there. Sometimes others see the bond before you feel it; the feeling often comes later.

guilt-about-the-early-birth =
    .title = Guilt about the early birth
    .body = Do you keep thinking: should I have done something differently, is it my fault? Many parents feel this guilt, and an early birth is rarely anyone’s fault. Write your question down today and ask the doctor or your midwife (verloskundige); an honest answer often takes the sharpest edges off. Tell someone close to you, too. Guilt doesn’t have to stand between you and your baby.

afraid-to-attach-come-close =
    .title = Afraid to get attached? Come close anyway
    .body = Are you holding back a little because you’re afraid things will go wrong with your baby? That fear is very understandable, and many parents recognise it. Right now your baby needs your closeness, and being close can comfort you too. Start small: a hand, a song, a few minutes. The fear doesn’t have to be gone before you’re allowed to begin.

ward-social-worker-or-psychologist =
    .title = Talk to someone who knows about this
    .body = Sleeping badly, often in tears, or feeling nothing since the birth? Ask on the ward for the medical social worker or the psychologist; they are there for parents like you. Already home? Tell your GP (huisarts) or the consultatiebureau (child health clinic). If low mood or anxiety lasts longer than two weeks, or you’ve felt no joy for that long, be sure to say so. Asking for help is a strength.

parents-cope-differently-with-worry =
    .title = Everyone carries the worry in their own way
    .body = Does one of you want to know everything about oxygen and grams, while the other would rather sit quietly with the baby or throw themselves into work? People deal with fear differently, and that’s not a lack of love. Ask each other today: ‘What helps you right now?’ and listen without correcting. On your own? Ask yourself that question, and one person you trust.

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
    .body = Is the birth still going round in your head: how fast it went, what was said, what you can’t remember? Ask today for a follow-up talk with the midwife (verloskundige) or gynaecologist who was there; that’s possible for whoever stood beside it too. A birth is a huge transition, and gaps in the story can stay lodged between you and your baby. A story that makes sense makes room.

welcome-ritual-from-your-tradition =
    .title = A welcome ritual from your own tradition
    .body = Does your family or faith have something that belongs with a birth: a prayer whispered in the ear, a blessing, a song, a name spoken aloud? Didn’t it happen in all the rush, or not the way you wanted? Do it today after all, or once more; on the ward, ask for a quiet moment. That way your baby is welcomed as part of your family, and that’s worth celebrating wherever you are.

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

who-to-call-card-for-home =
    .title = Who do you call for what? One note for home
    .body = Is your baby going home soon, or just home? Ask the nurses whom to call for which worry, by day and at night: the ward, your GP (huisarts), the out-of-hours GP (huisartsenpost), the consultatiebureau (child health clinic). Write it with the numbers on one note on the fridge, so a babysitter or grandparent can find it too. At home there’s no nurse beside you; knowing whom to call brings calm.

preterm-back-sleeping-at-home =
    .title = At home, your baby always sleeps on their back
    .body = Did your baby sometimes lie on their tummy or side on the ward, on a monitor? At home it’s different: your baby always sleeps on their back, in their own cot, and until 12 months there’s nothing soft in it: no cuddly toy, cloth or pillow. Even if your baby is used to it. Ask the nurses how to practise this before discharge and what else applies to your baby; already home? Call the ward.

bring-the-ward-rhythm-home =
    .title = Bring the ward’s rhythm home
    .body = Is your baby going home soon, or just home? Ask the nurses which daily rhythm they advise for home and put it on paper: how often to feed, when to do care, when to sleep. Keep roughly to it at first, and add one fixed moment of your own, like a song before sleep. That way not everything changes at once for your baby. After that, it can slowly become your own rhythm.

first-nights-home-without-monitor =
    .title = The first nights home, without a monitor
    .body = Is it quiet at home without the ward’s beeps, and do you keep listening to check your baby is breathing? That happens to very many parents. For the first nights, agree who sleeps when, or ask someone to stay over one night. Lay your baby on their back in their own bed, close to you. Really worried? Call the ward as agreed, your GP (huisarts), or at night the out-of-hours GP (huisartsenpost).

home-visitors-healthy-clean-hands =
    .title = Visitors at home: healthy, clean hands, short
    .body = Does everyone want to see your baby at last? When arranging a visit, say: only come if you’re well, wash your hands when you arrive, and don’t kiss the baby’s face. Keep it short and calm; a baby who came early often gets too much input quickly and can sometimes fall ill more easily. Ask the consultatiebureau (child health clinic) or the ward what else applies to your baby, especially in winter.

kraamzorg-and-jgz-after-discharge =
    .title = Kraamzorg and JGZ after coming home
    .body = Is your baby (nearly) home? Ask whether kraamzorg (maternity home care) can still come, and note when the JGZ (youth health care) nurse or consultatiebureau (child health clinic) will visit; sometimes the hospital follows your baby for a while. Tell them what you learned about your baby on the ward: what calms, how feeding goes. Then they can build on it, and you have familiar faces around you.

sibling-meets-baby-at-home =
    .title = When a sibling meets the baby at home
    .body = Is the baby coming home to a brother or sister who has waited for weeks? Let the older child do one small thing today, like handing you a vest or singing a song, and say out loud what you see: ‘Exciting, isn’t it?’ or ‘You missed me too.’ Being jealous or quiet is part of it. Plan a quarter of an hour that is just for the older child as well.

first-bath-at-home-after-ward =
    .title = The first bath at home
    .body = Giving your baby a bath at home for the first time, without a nurse beside you? Do it the way you learned on the ward: a warm room, everything within reach, perhaps your baby wrapped in a cloth, as the nurses showed you. Lower your baby into the water slowly and softly say what you’re doing. Keep it short. If it doesn’t work out, a wash with a flannel is fine too.

feeding-at-home-you-know-your-baby =
    .title = Feeding at home: you already know your baby
    .body = Giving the first feeds at home with no one watching, and wondering if you’re doing it right? On the ward you learned a lot: how your baby shows hunger, when it’s enough, which position works. At one feed today, say out loud what you see: ‘You’re searching, you’re hungry.’ You’ll hear how much you already know. Unsure about drinking or growth? Ask the consultatiebureau (child health clinic).
