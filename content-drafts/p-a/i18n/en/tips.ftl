previous-birth-still-weighs-on-you =
    .title = Does a previous birth still weigh on you as a partner?
    .body = Were you there when a previous birth was hard, as a partner or a support? Whoever stood alongside can stay shaken for a long time too, and often thinks that doesn’t count. Today, tell the other person what you saw and felt, and ask what they need from you this time. Go along to a midwife (verloskundige) appointment and ask your own questions. Then you can stand beside them more calmly this time.

pregnancy-came-unexpectedly =
    .title = Did this pregnancy come unexpectedly?
    .body = Did this pregnancy come at a time that didn’t really suit, and hasn’t the shock quite worn off? That can sit alongside caring for your baby. Today, rest a hand on the bump and tell your baby honestly how it went: ‘You came unexpectedly, and we’re getting used to you.’ Feelings are allowed to grow along with the bump. Stuck in worry? Talk to your midwife (verloskundige) or GP (huisarts).

who-looks-after-your-eldest-during-the-birth =
    .title = Who’ll look after your eldest during the birth?
    .body = Labour can start at any moment, even in the middle of the night. Agree now who will look after your eldest then: ideally someone your child knows well, like a grandparent or close friend, plus a back-up. Let your child play or stay over there once beforehand, and explain simply: ‘When the baby comes, Grandma will look after you.’ A familiar face makes the waiting feel safe.

songs-that-comforted-you-as-a-baby =
    .title = Ask which songs were sung to you
    .body = Ask your parents, a grandmother or an aunt today: which songs did you sing to me when I was little, and what helped when I cried? Then sing one to the bump, in the language you heard it in. That way you pass on what once comforted you, and you may hear a lovely story about yourself as a baby. Nobody remembers? Then you get to choose this family’s first song.

tell-your-toddler-a-baby-is-coming =
    .title = Tell your toddler about the baby in a few words
    .body = Hasn’t your toddler heard about the baby yet? Tell them today in a few words: ‘There’s a baby growing in this tummy. It’ll be your little brother or sister.’ Toddlers have little sense of time, so link it to something they know: ‘when it gets warm again’ or ‘after your birthday’. Don’t expect much reaction yet; questions often come later, in the bath or the car. Answer them briefly and honestly.

hard-time-after-a-previous-birth =
    .title = Was the time after a previous birth hard?
    .body = After a previous birth, did you feel low, anxious or flat for a long time? Tell your midwife (verloskundige) or GP (huisarts) now, even if it’s long over. Then you can work out in advance what helps: who keeps an eye on you in the first weeks, who you’ll call. It doesn’t have to come back, but a plan made ahead brings calm. And bringing it up early is not a weakness.

mixed-feelings-about-the-pregnancy =
    .title = Not only happy? That’s allowed
    .body = Alongside the joy, do you also feel doubt, irritation or longing for the life you have now, though you wanted this baby? Today, write down three feelings about the pregnancy, even ones that wouldn’t fit on a congratulations card, and reread them without judging. Mixed feelings are common and say nothing about how much you’ll love your child. Room for your own feelings is practice for your child’s.

long-road-to-this-pregnancy =
    .title = After a long road, still hardly daring to believe?
    .body = Did a long road come before this pregnancy, with treatments, waiting and disappointments? Then it can be hard to believe this baby is really coming. Today, do one small thing that belongs to expecting parents and that you’ve been putting off: buy a baby vest, say the name out loud, put up the scan photo. Believing can come step by step.

partner-feeling-outside-join-a-checkup =
    .title = Feeling a bit on the sidelines as a partner?
    .body = Not your bump, so the pregnancy sometimes feels far away? Go along to the next check-up with the midwife (verloskundige), listen to the heartbeat and ask one question that’s yours, such as what you’ll be able to do once the baby is here. It makes the baby more real for you too. Can’t get away from work? Send your questions along and hear the whole story afterwards.

make-up-after-a-row-while-expecting =
    .title = Had a row? Come back to it today
    .body = Had a row recently with your partner, your mother or a friend, tired and tense as you are? Come back to it today with one sentence, like: ‘Sorry I snapped, I was worn out.’ It’s not about who was right, but about finding each other again. Clashing is part of being close to someone, and so is making up. You’re rehearsing what you’ll often do with your child: coming back after a miss.

a-fixed-moment-with-your-eldest-that-stays =
    .title = A regular moment with your eldest that stays
    .body = Already have a child? Start a small, regular moment together now that will carry on after the birth: breakfast together on Saturdays, a book before bed, a trip to the playground. Pick something you can keep up with a baby around, or that another parent or someone your child knows well can take over. When a lot changes soon, this stays the same. That gives your eldest something to hold on to.

afraid-of-giving-birth =
    .title = Dreading the birth itself?
    .body = Lying awake over the birth, perhaps because of last time? Make the fear as precise as you can today: what’s the worst part, the pain, something going wrong, losing control? A vague fear is hard to answer; a precise one isn’t. Say that sentence to your midwife (verloskundige) and ask for an extra conversation about it. The calmer you go into the birth, the more room there’ll be for your baby.

pregnant-after-loss-bonding-in-small-steps =
    .title = Pregnant after a loss and holding back?
    .body = Have you lost a baby before, and do you hardly dare to attach to this pregnancy? That’s an understandable way of protecting yourself, and many parents know it. Bonding can come in small pieces. Today, rest a hand on the bump for one minute, or sit beside it, and say only: ‘Today you’re here.’ Tomorrow, one minute is enough again.

keep-one-thing-of-your-own =
    .title = Choose one thing that stays yours
    .body = Does everything revolve around the baby more and more, and do you wonder where you fit in? Choose one thing today that you want to keep doing after the birth, however small: an hour’s swim, making music, seeing a friend. Think about who could be with the baby then. A parent who still gets to be themselves has more to give. In the first weeks it may rest for a while; it will come back.

old-pain-from-your-own-childhood =
    .title = Is your own childhood suddenly close?
    .body = Now that you’re expecting, are memories of a hard childhood suddenly surfacing, like fear, rows or feeling alone? Many parents-to-be know this. You don’t have to sort it out alone: tell your midwife (verloskundige) or GP (huisarts), who can refer you to someone to talk to. A hard start of your own doesn’t have to decide how things go for your child. Asking for help is already a step.

picture-book-about-a-new-sibling =
    .title = Read a book about a new baby with your eldest
    .body = Borrow a picture book from the library today about a new brother or sister being born, and read it with your eldest. Point at the pictures and ask: ‘How do you think the big brother feels here?’ A book gives your child words and images for something that’s still hard to imagine. Does your child want it again and again? Good: that’s how they rehearse what’s coming.

low-or-anxious-during-pregnancy =
    .title = Low or anxious for weeks during the pregnancy?
    .body = Have you felt low, anxious or empty for more than two weeks, or stopped enjoying things? That can happen during pregnancy too, to whoever is pregnant and to partners. Tell your midwife (verloskundige) or GP (huisarts) today; they’ll think it through with you and arrange help if needed. It isn’t your fault, and asking for help is a strength. The sooner you say it, the sooner things can ease.

talk-to-the-bump-in-your-own-language =
    .title = Talk to the bump in your own language
    .body = Do you speak a language other than Dutch at home, or did you grow up with two? Today, talk and sing to the bump in the language of your heart, the one you comfort and joke in. That’s where you sound warmest and most like yourself, and that’s the sound your baby comes to know. Do you each speak a different language? Then the baby simply hears two. That’s a richness, not a muddle.

an-evening-for-the-two-of-you =
    .title = An evening for the two of you
    .body = Having this baby with a partner? Plan an evening for the two of you this week: your favourite food, a walk you used to take often, phones away. Tell each other what you’re most looking forward to, and what you secretly dread. Parents who feel backed up by each other often have more patience left for their baby. An evening like that doesn’t have to cost much to count.

after-a-loss-extra-contact-with-your-midwife =
    .title = After a loss: call between check-ups if you need to
    .body = Have you lost a baby before, and does the tension between check-ups weigh on you? Ask your midwife (verloskundige) today whether extra contact is possible, like a short appointment or a set time to call. And if you’re unsure about something in between, such as how your baby is moving, just call. You’re not being a nuisance; they’re there precisely for parents like you.

expecting-alone-you-are-the-foundation =
    .title = On your own? You are the foundation
    .body = Having your baby without a partner, and do you sometimes hear or think that your child will miss out? A baby can bond securely with one parent who keeps coming back with comfort, food and warmth. Today, find one sentence for when someone brings it up, or when you doubt yourself, like: ‘My child has me, and I always come back.’ People around you are a lovely bonus, but you are the foundation.

when-is-your-baby-active-in-the-womb =
    .title = When is your baby active in the womb?
    .body = Notice today when your baby moves: as you lie down, after a meal, when music plays? Many parents find their baby has a pattern of their own. It’s a way of getting to know your child before you’ve even seen them. Feeling less movement than you’re used to? Don’t wait until the next day: call your midwife (verloskundige) straight away, at night or at the weekend too. That is never a fuss.

grandparent-says-let-the-baby-cry =
    .title = A grandparent says: ‘Just let them cry’?
    .body = Already hearing from a grandparent that you mustn’t ‘spoil’ a baby or should ‘let them cry for a bit’? Talk about it calmly today, while you still can without a crying baby in the room. Say what you’d like: ‘When the baby cries, we go to them.’ You can’t spoil a newborn; answering crying teaches a baby that someone comes. They usually mean well; it’s simply what people were taught back then.

a-letter-to-your-baby-read-aloud =
    .title = Write your baby a letter and read it aloud
    .body = Does talking to a bump feel awkward? Then write your baby a short letter today: who you are, where you live, what you hope for. Read it aloud, to the bump or sitting beside it. Written words are easier to say than ones you have to make up, and meanwhile your baby hears your voice. Keep the letter; later it’s a lovely part of your child’s story.

divide-the-housework-before-the-baby =
    .title = Share out the housework before the baby arrives
    .body = Who’ll do the washing, the shopping, the cooking and the bins once the baby is here? Today, list all the household jobs together and agree who does what in the first months; crossing things off is allowed too. A few fixed agreements mean less negotiating later, when you’re both tired. Doing it alone? Then decide which jobs can simply wait for a while.

older-child-sings-to-the-bump =
    .title = Let your eldest sing a song to the bump
    .body = Ask your eldest today to choose a song for the baby and sing it to the bump, or whisper something to it. Explain: ‘The baby can already hear you, a bit muffled, like under water.’ Your child gets a job of their own, and the baby hears a voice that will often be around. After the birth, sing it together again; by then it’s already their song.

curious-who-your-baby-will-be =
    .title = Curious who your baby will be
    .body = Do you already picture your child: calm like you, sporty like your sister, mad about music? Write down your expectations today, and add underneath: ‘And I’m curious who you really are.’ Every child is their own person, with their own pace and temperament. Staying curious helps you see what this particular baby shows you, even when it’s different from what you imagined.

partner-how-are-you-really-doing =
    .title = And how are you doing, partner?
    .body = Does everyone ask how the one who’s pregnant is doing, and hardly anyone how you are? As a partner you can worry too, sleep badly or dread things. Today, tell one person how you’re really doing: a friend, a brother or sister, a colleague. If it stays heavy, your GP (huisarts) is there for you too. You count as well, for yourself and for your baby.

room-for-the-baby-you-lost =
    .title = Room for the baby you lost
    .body = Pregnant after losing a baby, and does being happy sometimes feel disloyal? This baby doesn’t take the place of the child who is gone; there’s room for both. Choose a small way to remember today: a candle, a spot with a photo, a box of keepsakes. Later you can tell this baby about the one who came before. If the grief gets too heavy, tell your midwife (verloskundige) or GP (huisarts).

choose-a-first-book-at-the-library =
    .title = Choose your baby’s first book now
    .body = Go to the library today and choose a first book for your baby: sturdy pages, big pictures, short sentences or a rhyme. Read it to the bump a few times, so you almost know it by heart later. Newborns don’t follow a story, but they do enjoy your voice close by. Ask, too, whether your baby can become a member after the birth; for children it’s often free.

what-will-your-baby-call-each-of-you =
    .title = What will your baby call each of you?
    .body = Raising this child with more than two parents, or as two mums or two dads? Agree today what your baby will call each of you, like mama, mum, papa, dad or a name from another language, and start using those names when you talk to the bump. Set names and familiar people make the world predictable for a baby. A name can still change later; what matters is that everyone belongs.

missing-your-own-parent-now =
    .title = Missing your own mother or father right now?
    .body = Has your father or mother died, or are they not in your life, and do you miss them now of all times? Expecting a child can wake old grief; that’s very common. Today, choose something of theirs to pass on: a song, a dish, a story, a photo for the baby’s room. That way your baby still receives something of where you come from. Tell someone that you miss them, too.

guess-aloud-what-your-baby-is-doing =
    .title = Guess aloud what your baby is up to
    .body = Feel rhythmic little taps, or a turn? Guess aloud today what your baby is doing: ‘Have you got hiccups?’ ‘Are you asleep?’ ‘Did that door make you jump?’ You don’t have to get it right. It’s early practice at wondering what’s going on inside your child, something you’ll soon do all day long: ‘Are you tired? Are you hungry?’ If you’re the partner, just join in the guessing.

baby-photos-with-your-eldest =
    .title = Look at baby photos with your eldest
    .body = Get out the photos from when your eldest was a baby today, and look at them together: ‘Look how small you were. Here you’re having a feed, here you’re on my lap.’ Your child sees what babies are like: they sleep a lot, cry and can’t play yet. And they hear that they were cared for just as lovingly. Many children then want to see ‘the baby photos’ again and again.

mute-the-perfect-parents-online =
    .title = Mute the perfect parents online
    .body = Does your feed show mostly glowing pregnant people, perfect nurseries and parents who seem to know everything? Today, mute two accounts that leave you feeling unsure. What you see is a chosen moment, not an ordinary day. Your baby doesn’t need a perfect parent, but one who is there, makes mistakes and puts them right. Follow someone who makes you laugh instead.

a-hard-date-during-this-pregnancy =
    .title = A hard date falling in this pregnancy?
    .body = Is a painful date coming up, like the day a baby you lost died or was due, or the week when things went wrong last time? Plan that day gently now: time off if you can, someone with you, a way to remember. Tell your midwife (verloskundige) too, so they know why you’re tense. A heavy day like that says nothing about your bond with this baby.

collect-the-happy-moments =
    .title = Collect the happy moments
    .body = Is a lot of your attention going to worries, lists and appointments? Today, write down one moment you felt happy about the baby: the first time you felt something, a joke about a name, a tiny vest in a shop. Make it a habit, in a notebook or on your phone. Joy deserves room too, and on a hard day after the birth it’s lovely to read back.

a-prayer-or-blessing-for-the-bump =
    .title = A prayer, blessing or verse for the bump
    .body = Does your family or faith have words that belong with a pregnancy, like a prayer, a blessing, a verse, or a wish your grandmother always used to say? Say them softly to the bump today, at a quiet moment you can come back to. That way your baby hears early on the sounds you grew up with. No faith? A wish for your child in your own words works just as well.

far-away-during-the-pregnancy =
    .title = Far away during the pregnancy?
    .body = Working far away or abroad, or not living with the person who is pregnant? Call at the end of the day today, ask if the phone can be held to the bump for a moment, and tell the baby something about your day. Your baby mainly hears the voice that’s close by, but it makes the baby more real for you, and the other person feels less alone. A few sentences are enough.

children-from-an-earlier-relationship =
    .title = Children from an earlier relationship and the new baby
    .body = Are there children from an earlier relationship, who perhaps don’t always live with you? They may wonder whether they’ll still belong. Talk with them today, with their own parent, about what will change and what stays: their bed, their place at the table, their weekends. Give them a role: ‘You’ll be the big brother or sister.’ Feeling counted makes it easier to welcome the baby.

sway-while-you-sing =
    .title = Sway while you sing
    .body = Put on music you love today, or hum yourself, and sway gently from side to side, standing or on a chair, hands on the bump. Your baby already knows that rocking: with every step you take, they sway along. It’s one reason many newborns settle with slow rocking in your arms. Are you the partner? Sway together, your arms around the bump.

a-doll-to-practise-with-for-your-eldest =
    .title = A doll for your eldest to practise with
    .body = Give your eldest a doll or soft toy today that can be ‘the baby’, and play together: bath time, a nappy, rocking and a song. Show how to support a baby’s head and stroke gently. Your child gets to practise, and later feels less like an onlooker and more like the big brother or sister who knows how it’s done. Does the doll get flung across the room now and then? That’s processing too.

partner-choose-your-own-care-moments =
    .title = Which care moments will be yours?
    .body = Is the other parent going to breastfeed, and do you wonder what your part will be? Choose two care moments today that will be yours from the start, like the bath, the morning nappy, burping after a feed, or skin-to-skin while you’re wide awake. A baby bonds with whoever cares for them often and lovingly, not only with whoever feeds them. Tell your partner what you’ve chosen.

after-a-loss-who-can-share-your-fear =
    .title = After a loss: who can share your fear?
    .body = Pregnant again after a loss, and are people mostly happy for you while you’re frightened too? Today, choose one or two people you can share that fear with: someone who doesn’t say ‘It’ll be fine’ straight away, but simply listens. Agree that you can call them on a hard day. If the fear keeps taking over your days, tell your midwife (verloskundige) or GP (huisarts).

agree-how-to-share-the-nights =
    .title = Agree now how you’ll share the nights
    .body = A newborn often wakes at night. Talk together today about how you’ll share that: a night each, one of you taking the late evening and the other the early morning, or both up at every feed and taking turns to nap in the day. If one of you is breastfeeding, the other can bring the baby and change the nappy. A plan on paper saves arguments at three in the morning.

night-worries-on-a-notepad =
    .title = Worrying at night? Put it on a notepad
    .body = Lying awake at night churning over the baby: is everything alright, can I even do this? Keep a notepad and pen by your bed. Write the worry down and tell yourself: ‘This is for tomorrow.’ In the morning, see what it needs: a question for your midwife (verloskundige), something to share, or can it go? If it’s something that can’t wait, like feeling less movement, call your midwife straight away.

take-your-eldest-to-a-checkup =
    .title = Take your eldest along to a check-up
    .body = Ask your midwife (verloskundige) whether your eldest can come along to a check-up once, to hear the baby’s heartbeat. Explain beforehand what will happen: ‘The midwife listens to the tummy with a little machine, and you’ll hear a fast thumping.’ For many children, that’s when the baby suddenly becomes real. Bring something to do while you wait, and afterwards ask your child what they heard.

one-goodnight-phrase-for-the-bump =
    .title = The same goodnight every evening
    .body = Choose one set goodnight phrase for the bump today, such as: ‘Sleep tight, little one, see you tomorrow.’ Say it every night before sleep, one after the other if there are two of you. A set phrase is a small ritual that can simply carry on after the birth, as the start of your own bedtime routine. Forgot? Just say it again tomorrow.

what-each-of-you-needs-when-worn-out =
    .title = What do you need when you’re worn out?
    .body = Do you know what helps the other when they’re tired or tense? One of you may want to be left alone for a bit, the other to talk or have an arm around them. Ask each other today and write the answers down. In the short-slept first weeks you won’t have to guess, and you can help each other sooner. You might even learn something new about someone you’ve known for years.

ask-your-school-age-child-what-will-change =
    .title = Ask your school-age child what will change
    .body = Have a child at school already? Ask today, on a walk or in the car: ‘What do you think will change when the baby’s here?’ Listen, and don’t correct straight away, not even at ‘Then you won’t have time for me any more.’ Say what you hear, and what stays: ‘You’re worried I’ll have less time. I’m still here for you too.’ Many children find it easier to talk side by side.

tell-each-other-what-you-see-in-the-other =
    .title = Tell each other what you see in the other as a parent
    .body = Having the baby with someone? Tell each other one thing today that you think your baby will be lucky to have: ‘You’re so patient’ or ‘You make everyone laugh.’ In the busy first months you mostly notice what goes wrong; a compliment from now is something to come back to. And it works both ways: you hear what the other already sees in you.

eldest-suddenly-clingy-as-the-bump-grows =
    .title = Is your eldest suddenly clingy?
    .body = Does your eldest suddenly want to be carried again, talk like a baby or sleep worse now the bump is growing? Children often sense that something is changing, even if they don’t understand it. Say what you see today: ‘You want to be close to me, don’t you? That’s fine.’ Carrying may be harder now, but a lap always works. This usually passes by itself.

a-phrase-for-please-take-over =
    .title = Agree on a phrase for ‘can you take over?’
    .body = Agree on a short phrase together today that will mean: I’ve had enough, please take the baby for a bit. Something like ‘Swap?’ or ‘Your turn.’ The other one then takes over, no questions and no judgement; explanations can wait. That way your baby is with someone who still has some calm left. Saying it is looking after the family, not failing.
