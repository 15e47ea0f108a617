expecting-safe-sleep-plan =
    .title = Safe sleep: plan it now
    .body = Decide today where your baby will sleep: on their back, in their own cot or crib, which can happily stand in your bedroom. Until the first birthday nothing soft goes in it: no cuddly toy, cloth, pillow or cot bumper. And however tired or desperate you feel later on, never shake a baby: lay them on their back in the cot and step away for a moment. Share these rules with everyone who’ll help.

expecting-where-to-ask =
    .title = Who to ask, now and later
    .body = Write down today who to ask about what. In pregnancy: your midwife (verloskundige). First week: the kraamzorg (maternity home care) and your midwife, at night too. Then the consultatiebureau (child health clinic); for illness your GP (huisarts), evenings and weekends the out-of-hours GP (huisartsenpost). Low or anxious, now or after the birth? It’s common. Tell one of them: asking is strength.

talk-to-employer-about-handover =
    .title = Sort out your handover at work in good time
    .body = Set up a conversation at work today about your leave: when you’ll stop, who takes over your tasks and how you’ll hand them over. Make a list of ongoing work beforehand. The better work is arranged, the less it will buzz around your head later while you’re with your baby. And if your baby comes earlier than expected, there’s already a plan.

kraamzorg-what-it-is-and-booking =
    .title = Kraamzorg: what it is and how to arrange it
    .body = In the Netherlands, after the birth, kraamzorg (maternity home care) usually comes to your home: a maternity carer who helps you look after your baby and yourself in the first days, and shows you a lot. Not arranged yet, or new to the Netherlands? Call your health insurer today or ask your midwife (verloskundige) how it works. Then you won’t face that first week alone.

self-employed-plan-your-own-leave =
    .title = Self-employed? Plan your own leave
    .body = No employer because you work for yourself? Block out the weeks around the birth in your diary today and tell your regular clients when you’ll be away. Find out, too, what arrangements exist for self-employed parents. Without a plan, work easily creeps back in, when you need those weeks to get to know your baby. A colleague who can step in is worth their weight in gold.

no-huisarts-yet-register-now =
    .title = No GP yet? Register now
    .body = Just moved, or new to the Netherlands, and no GP (huisarts) yet? Register with a practice near you today; after the birth you’ll register your baby there too. When your baby is ill or you’re worried, you want someone to call without searching first. Ask straight away how evenings and weekends work, with the out-of-hours GP (huisartsenpost).

interpreter-at-the-verloskundige =
    .title = Ask for an interpreter at the midwife’s
    .body = Is Dutch not your first language, and do you sometimes not quite follow your midwife (verloskundige)? At your next appointment, ask whether an interpreter can join in, by phone for example. That way you can say what you want and understand what’s happening, around the birth too. Try not to let a child translate for you. No need to nod along while unsure: asking again is always fine.

leave-weeks-kept-empty =
    .title = Leave is time to get to know each other
    .body = Look at the weeks after the birth today and cross out everything that can wait: the renovation, helping someone move, that course. Leave isn’t for catching up on jobs; it’s for being with your baby: watching, holding, discovering what your baby needs. That’s what the bond grows from. An empty diary may feel strange; for these weeks, it’s exactly right.

parental-leave-how-to-spread-it =
    .title = Parental leave: think about how to spread it
    .body = Find out today what leave you can take after the birth, and think about how: in one block, or one fixed day a week for a longer stretch. What matters most to a baby is that a few familiar people are there often and regularly. So a fixed ‘parent day’ each week can be just as valuable as a long break. You don’t have to decide anything today.

antenatal-class-and-other-parents =
    .title = A class, and others who are waiting too
    .body = Sign up today for an antenatal class or an information evening about the birth and the first weeks; your midwife (verloskundige) knows what’s on nearby. Knowing what’s coming makes it less daunting. And you’ll meet people having a baby around the same time, handy later for a walk or a quick question. Even one evening is worth it.

question-list-for-the-verloskundige =
    .title = A list of questions for your next check-up
    .body = From today, keep a note on your phone of everything you want to ask your midwife (verloskundige), even if it seems small or silly. For example: what happens in the first hour after the birth, what if things don’t go to plan, when do I call you? Read the list through just before the appointment. Answers you understand bring calm, now and later.

baby-first-aid-course =
    .title = Baby first aid: an evening that brings calm
    .body = Look today for a first-aid course for babies and young children near you. You’ll learn what to do if your baby chokes, falls or seems unwell, and when to call for help. Knowing what to do means you panic less and can help a baby more calmly. Feel free to bring someone who’ll often babysit later, like a grandparent or a friend.

what-a-baby-really-needs-list =
    .title = What a baby really needs is a short list
    .body = Feeling pressure to buy everything? Make the real list today: a safe cot, a car seat, some clothes, nappies, something to wash your baby in. Second-hand is fine, as long as the cot and car seat are safe. The rest can wait. What your baby needs most can’t be bought: you, close by. That one’s already on your list.

expecting-twins-extra-help =
    .title = Twins on the way? Line up extra hands
    .body = Expecting twins? Ask your midwife (verloskundige) or gynaecologist today what that means for your kraamzorg (maternity home care), and make your circle of helpers bigger than you think you’ll need. Get two safe sleeping places ready: each baby on their back, in their own cot. With enough hands around you, you’ll have time to get to know each of your babies as their own little person.

pram-where-baby-faces-you =
    .title = A pram where your baby can see you
    .body = Choosing or borrowing a pram? If you can, pick one where your baby faces you for the first months. On the way you’ll see whether your baby is asleep, startled or getting restless, and your baby sees your face among all the new sounds. Ending up with one that faces forward? Then lean over your baby now and then as you walk and say something.

hold-someone-elses-baby-first =
    .title = Never held a newborn?
    .body = Not much experience with babies yet? Ask someone with a young baby if you can come and help once: holding, changing a nappy, being there for a feed. Notice how that baby shows what they need, and how the parent responds. It makes the first days with your own baby a little less unknown. Feeling clumsy is part of it, now and later.

cot-assembled-in-your-room =
    .title = Put the cot together now
    .body = Assemble the cot or crib today and give it a spot in your bedroom, not against the radiator and away from curtain or lamp cords. Check the mattress: firm, flat and fitting snugly, with no gap at the edges; with a second-hand cot, check the bars are intact too. With the cot close by, you’ll quickly hear at night when something is needed.

soft-gifts-stay-out-of-the-cot =
    .title = Cuddly toys as gifts? They don’t sleep in the cot
    .body = Getting cuddly toys, blankets, little pillows or a cot bumper at the baby shower or when people visit? Thank them warmly and give those things a place on a shelf or in a cupboard. Nothing soft goes in the cot until the first birthday; a cuddly toy is for awake time, on your lap. Someone asking what you still need? A well-fitting sleeping bag is a gift that is allowed in the cot.

smoke-free-home-and-car =
    .title = Agree on a smoke-free home and car
    .body = Does someone in your home or family smoke? Agree today that nobody smokes indoors or in the car any more, visitors included. Smoke lingers in clothes, curtains and seats, and a baby breathes it in even when no one is smoking at that moment. A note by the door saves explaining it every time. Someone wants to stop? The GP (huisarts) is glad to help.

sling-practice-with-a-teddy =
    .title = Practise with the sling using a teddy
    .body = Planning to carry your baby in a sling or carrier? Practise today with a teddy or a rolled-up towel, calmly and without rushing. Being carried gives a baby your warmth, your smell and your heartbeat. Watch out: face free and visible, chin off the chest, and high enough to kiss the top of the head. Not sure? A babywearing consultant can check with you.

changing-place-all-within-reach =
    .title = A changing spot with everything within reach
    .body = Set up the place where you’ll change your baby today: at a height that’s kind to your back, with nappies, wipes, clean clothes and a towel within reach. Then you never have to step away, and one hand can always stay on your baby. When you don’t have to hunt for things, a nappy change easily becomes a moment together, your face close. Try it once with a teddy.

daytime-sleep-spot-downstairs =
    .title = A safe sleeping spot downstairs too
    .body = Where will your baby sleep in the daytime, while you’re in the living room? Set up a safe place there today as well: a crib, playpen or travel cot with a firm, well-fitting mattress, where your baby lies on their back with nothing soft around. The sofa, a pillow or a big bed are no place for a baby to sleep, not even briefly. That way your baby sleeps close by, and you can simply sit down.

what-the-consultatiebureau-is =
    .title = What is the consultatiebureau?
    .body = After the first week the JGZ (youth health care) takes over: often a nurse visits you at home first, then you take your baby to the consultatiebureau (child health clinic). There your baby is weighed and measured, vaccinations are offered, and you can ask anything, about yourself too. It’s free, and nobody grades you. Agree today who’ll join you at the first visit: two pairs of ears hear more.

kraamzorg-intake-your-wishes =
    .title = Tell the kraamzorg what home is like for you
    .body = Is the kraamzorg (maternity home care) coming soon for an intake, or have they been? Write down today what your maternity carer should know about your home: an older child who needs attention too, that you’re doing this alone, a language you express yourself in more easily, a pet, or that rest matters most. Then they can help from day one in a way that suits you. Forgot something? Say it later.

first-hour-after-birth-undisturbed =
    .title = The first hour: phones away, the news can wait
    .body = Agree today that the first hour after the birth stays calm: phones away, the news can wait. Decide now who will send the news round, and when, so nobody is looking at a screen in that hour. Ask your midwife (verloskundige) whether weighing and measuring can wait a little. In that first hour your baby seeks your warmth, smell and voice. The family hears an hour later, and that’s fine too.

caesarean-ask-about-skin-to-skin =
    .title = Caesarean? Ask about skin-to-skin
    .body = Is a caesarean planned, or possible? Ask the hospital today whether your baby can lie skin-to-skin with you in the operating theatre or the recovery room, and what happens if that isn’t possible. Perhaps another adult can start skin-to-skin in the meantime, awake and alert. That way your baby, too, begins close to a familiar body. Put the answer in your birth plan.

giving-birth-without-partner-companion =
    .title = Giving birth without a partner? Choose someone
    .body = Having your baby without a partner, or can your partner not be there? Ask someone you trust today to be with you at the birth and in the first days. Talk through your wishes, and what that person will do if you can’t for a while: take your baby skin-to-skin, awake and alert. Tell your midwife (verloskundige) who it is. That way there’s one steady face around you, for your baby too.

hospital-stay-baby-in-your-room =
    .title = In hospital? Ask if your baby stays with you
    .body = Giving birth in hospital, or might you need to stay a few days? Ask today, on a tour for instance, whether your baby stays in your room day and night, and whether someone may stay overnight with you. With your baby beside you, you learn their signals straight away and can respond quickly. The answer also tells you what to pack.

test-ride-to-the-hospital =
    .title = Do the journey to the hospital once
    .body = Today, drive or travel once to the hospital where you’ll give birth, or where you’d go if things change at home. See where to park, which entrance is open at night and how long it takes. Home birth planned? Check that your house number is easy to see. When the way is familiar, your head stays clear on the day itself. Try the trip in the dark too, if you can.

car-seat-fitted-and-practised =
    .title = Practise with the car seat before the ride home
    .body = Take the car seat out of its box today and fit it, with the instructions to hand. Put a teddy in it, tighten the straps and practise clicking it in and out. If it goes in the front, facing backwards, the passenger airbag must be switched off. Once those moves are familiar, your attention on the first ride home can stay on your baby instead of on the buckles. Unsure? Ask someone to check with you.

no-car-ride-home-plan =
    .title = No car? Plan how you’ll get home
    .body = No car? Think today about how you’ll get home with your baby after a hospital birth: with someone who picks you up, or by taxi, taking your own car seat along. Even in a taxi a baby belongs in a properly fitted seat, never loose on a lap. So check now how the seat fastens in someone else’s car. A calm first ride is a lovely start to being home.

feeding-plan-with-room-to-change =
    .title = A feeding plan with room to change
    .body = Think today about how you’d like to feed your baby: breast, bottle or both. Write it down, and add underneath: ‘If it goes differently, that’s fine too.’ Sometimes life after the birth takes another path than planned, and that says nothing about how well you’re doing. The bond grows from closeness during feeds, not from the kind of milk. You can show the note to your midwife (verloskundige).

breastfeeding-who-helps-first-week =
    .title = Breastfeeding? Know who’ll help
    .body = Would you like to breastfeed? Ask your midwife (verloskundige) today who will help in the first week: the maternity carer from the kraamzorg, your midwife, and whether a lactation consultant can step in if it’s a struggle. Breastfeeding is something you learn together with your baby, and help at the start makes it lighter. Add the names to your list.

work-on-pause-on-your-phone =
    .title = Put work on pause, on your phone too
    .body = Leave starting soon? Get ready today what needs switching on then: an out-of-office reply, the name of whoever covers for you, and your work email and work apps off your phone or muted. A phone buzzing during a feed pulls you away from your baby, even if you don’t answer. Tell colleagues you’ll share the baby news yourself; then nobody needs to ask.

leave-before-birth-rest-first =
    .title = Your leave is starting: rest first, then jobs
    .body = Is your leave before the birth starting soon, or are you already at home? Pick one thing a day that you want to sort out, and keep the rest of the day free for rest: lying down, a walk, a nap. It’s tempting to clean the whole house, but you’ll need that energy later for the nights with your baby. What doesn’t get done today can wait until tomorrow. Or not happen at all.

bottle-feeding-practise-now =
    .title = Bottle-feeding? Practise now, for calm later
    .body = Planning to bottle-feed? Make up a bottle once today, exactly as the packet says; then you won’t be doing it for the first time with a crying baby in your arms. Think, too, about how you’ll sit: your baby half upright in your arm, close against you, your face near. That way a bottle becomes a moment together, whoever gives it.

no-family-nearby-ask-for-volunteers =
    .title = No family nearby? Ask about support
    .body = Does your family live far away, or do you have few people around you? Ask your midwife (verloskundige) or the consultatiebureau (child health clinic) today whether there are volunteers or local families near you who support new parents: a coffee, a walk, a listening ear. Every parent needs people around them, and you’re allowed to build that circle from scratch. Asking is not a weakness.

birth-bag-by-the-door =
    .title = Put the bag ready by the door
    .body = Pack your bag for the birth today, even if you plan a home birth: plans can change. Put in clothes and a little hat for your baby, something comfortable for you, a charger, some snacks and your papers. Stand the bag by the door with the car seat beside it. With everything ready, on the big day you only have to think about your baby.

house-ready-for-kraamweek =
    .title = Get your home ready for the first week
    .body = Ask today what the kraamzorg (maternity home care) needs in your home, and sort it now: the maternity pack, often via your health insurer, and blocks under the bed to raise it. The raised bed helps the maternity carer, and whoever has just given birth. Keep it all in one place, so that in the first week your attention goes to your baby, not to searching.

birth-papers-in-one-folder =
    .title = All the papers in one folder
    .body = Put everything you’ll need around the birth in one folder today: your ID, your health insurance card, the papers from your midwife (verloskundige). Look up, too, how to register the birth at your gemeente (municipality), within a few days of the birth, and who will do it. Add a note: add the baby to the health insurance. Fewer errands in the first days leaves more time to just look at your baby.

grandparents-first-meeting-plan =
    .title = How will the grandparents meet your baby?
    .body = Talk with the grandparents-to-be today about how and when they’ll first see your baby: perhaps a calm moment at home rather than a crowded room on day one? Tell them why, too: a newborn quickly has enough of bustle, and you need your energy. If they know your plan, they feel less left out. That way the first meeting becomes something to look back on together.

many-visitors-family-custom =
    .title = Is the whole family coming to visit?
    .body = Is it the custom in your family for lots of people to visit in the first weeks, in the first forty days for example? Ask one respected family member today, an aunt or a grandparent, to arrange who comes when, spread over the weeks rather than all at once. Coming from the family itself, that doesn’t sound rude. That keeps the beauty of welcoming a baby, and your baby gets enough rest.

visitors-make-their-own-tea =
    .title = Visitors make their own tea
    .body = Put it today in the message you’ll send family and friends after the birth: ‘Lovely if you come! Do make yourself a cup of tea, and take the bin bag out when you leave.’ Someone who has just had a baby doesn’t need to wait on anyone. You stay on the sofa with your baby against you, and your energy goes where it belongs. Most visitors are glad to have something to do.

visitors-with-a-cold-wait =
    .title = A cold or a cold sore? Then visit later
    .body = Today, put hand soap and a clean towel by the sink visitors will use; then hand-washing just happens. Think, too, how you’ll say it when someone has a cold or a cold sore: ‘Lovely that you want to come. Do come once it’s cleared up, and then you can hold the baby too.’ A newborn copes poorly with bugs like these. Unsure about someone later on? Ask your maternity carer from the kraamzorg.

feeding-while-visitors-are-there =
    .title = Feeding while visitors are there
    .body = Think today about what you’d like when your baby gets hungry while visitors are round: will you go to another room for a while, or is that the moment for them to leave? Babies often feed more calmly in a quiet room, and you can then focus on your baby instead of the conversation. A friendly ‘I’m off to feed, see you next time!’ is always fine.

family-far-away-one-video-call =
    .title = Family far away? Plan one calm video call
    .body = Do you have family far away who want to see your baby as soon as possible? Agree today that in the first days you’ll let them know when to call: one calm video call when your baby is awake and content, rather than a phone ringing all day. A photo in between is always fine. That way they see your baby at a good moment, and you keep your calm.

someone-to-text-at-night =
    .title = Who can you text at night?
    .body = Find one person today you can text at night when you’re up with a wakeful baby and feel alone: a friend who works nights, family in another time zone. Just ask: ‘Can I message you at three in the morning once the baby’s here?’ A reply makes a long night less lonely. Worried about your baby? First week: your midwife (verloskundige); then your GP (huisarts) or out-of-hours GP (huisartsenpost).

cook-double-and-freeze =
    .title = Cook double and freeze
    .body = A few times this week, cook a double portion and freeze half, in portions that are easy to reheat and eat with one hand. Soup, stew, a bake: whatever you enjoy. In the first weeks with a baby, cooking is often the first thing to go, and well-fed people have more patience to spare. Label every tub, so nobody has to guess at midnight.

night-feeding-spot-ready =
    .title = A spot for night feeds, and if you nod off
    .body = Decide today where you’ll feed at night: a chair next to the cot, or sitting up in bed with a pillow behind your back. Feel yourself drifting off with your baby in your arms? Then lay your baby on their back in their own cot. Falling asleep on the sofa with a baby on you is dangerous, so better not choose that spot at night. A fixed place makes the night familiar for your baby too.

first-night-home-ready =
    .title = The first night at home
    .body = Many parents lie awake on the first night home, listening to every little sound; that’s completely normal. Today, save your midwife’s (verloskundige) number in your phone and on a note by your bed: in the first week you call them, at night too, if you’re worried about your baby or yourself. After that: your GP (huisarts) or the out-of-hours GP (huisartsenpost). Knowing who to call brings calm.

first-week-who-comes-to-the-door =
    .title = The first week: who’ll be ringing the bell?
    .body = In the first week lots of people come to the door: the maternity carer from the kraamzorg, your midwife (verloskundige), and someone for the heel prick and usually the hearing test too. Ask your midwife today roughly how that will go for you, and write it down for whoever will be with you. Then the doorbell won’t startle you, and you can use the quiet hours in between to settle in with your baby.

kraamverzorgende-shows-you-do =
    .title = Let them show you, then do it yourself
    .body = Write down today what you’d like to learn from the maternity carer in the first week: bathing, changing, dressing, comforting. Ask them to show you once and then stay beside you while you do it. That way your hands get to know your baby, and your baby gets to know your hands. After that week you’ll do it yourself, and by then it already feels a little normal.

nap-while-kraamzorg-is-there =
    .title = Sleep while the maternity carer is there
    .body = Make a plan today: when the maternity carer from the kraamzorg is there, I’ll lie down once during the day. They watch your baby while you catch up on sleep. It’s tempting to book visitors into those hours, but that’s exactly when you can recharge. A little more rested, you respond more calmly to your baby, at night too. Say it out loud on the first day, so they can count on it.

kraamzorg-last-day-what-they-noticed =
    .title = Last kraamzorg day: ask what they noticed
    .body = By the end of the kraamzorg (maternity home care), your maternity carer knows your baby a little. Make a note today to ask on that last day: what did you notice about my baby? How do they show hunger or tiredness, and what helps with comforting? Write the answers down. Often it turns out you knew most of it already. Add what you discover yourself later; that list grows along with your baby.

last-days-any-news-yet =
    .title = Everyone asking ‘Any news?’ Send one message
    .body = Getting messages like ‘Any news yet?’ in these last days? Send one message round today: ‘We’ll tell you ourselves when the baby’s here. No need to ask, but do think of us.’ Then you needn’t answer ‘not yet’ every day, and your head stays clearer: for the waiting, and soon for your baby. Taking longer than you thought? That happens to many parents; your midwife (verloskundige) keeps an eye on it.
