# Daily tips: one message per tip id of assets/tips.toml, with .title (at most
# 60 characters) and .body (at most 400 characters).


bump-hello-voice =
    .title = Say hello to the bump today
    .body = Today, tell your baby out loud what you’re up to, even just a few sentences while you cook. Your voice reaches them muffled, and that’s how it starts to become a familiar sound for later. Not your bump? Sit close with a hand on it. If talking feels less odd than you expected, or you feel a kick while you speak, the connection has already begun.

bump-lullaby-choice =
    .title = Pick one song to share with your baby
    .body = Choose one song today to sing or hum often over the coming weeks: a lullaby, or simply a tune you love. Repetition makes a melody familiar, so after the birth you’ll already have something known to comfort your baby with. Singing off-key is fine; it’s your voice that matters, not the tune.

support-circle-names =
    .title = Write down three people who can help
    .body = Today, write down three people you could ask for something practical after the birth: a meal, shopping, a load of washing, or an hour with the baby while you sleep. Rested parents have more room to respond calmly, and asking for help is a strength, not a failing. Stick the list on the fridge so you don’t have to remember it later.

love-grows-slowly =
    .title = Love is allowed to grow slowly
    .body = Say it today, to yourself or to someone you trust: ‘I might not feel a rush of love straight away, and that’s okay.’ For many parents the bond grows over the first weeks after birth, and when it takes longer it’s rarely anyone’s fault. It’s a sentence you can say to yourself again later, on a hard night.

skin-to-skin-birth-plan =
    .title = Put skin-to-skin in your birth plan
    .body = Write it in your birth plan today, or tell whoever will support you at the birth: you’d like your baby laid bare on your bare chest once they’re born. That contact helps steady your baby’s temperature, heartbeat and stress. If the birthing parent can’t, another adult can step in, as long as they’re awake and alert. Say it again on the day itself.

rest-half-hour =
    .title = Plan half an hour of nothing
    .body = Pick a moment today to lie down or sit for thirty minutes with nothing to do: no lists, no chores. Rest isn’t a luxury right now; a parent who isn’t running on empty finds it easier to be patient and gentle later on. You’ll know it’s working when your shoulders drop and the rest of the day feels a little less rushed.

small-circle-close =
    .title = Decide who’ll be close in the first weeks
    .body = Agree today on the few people who’ll really be around to care for your baby alongside you in the first weeks. Babies attach to a small number of adults who are near them often, so a small, steady circle suits them better than lots of changing hands. The list can grow later; for now, small is enough.

bump-hands-hello =
    .title = A quiet hands-on-the-bump moment
    .body = Tonight, rest your hands on the bump for a few minutes, or ask your partner, if you have one, to do it. Move slowly, breathe calmly and say something kind. A regular moment of touch makes your baby feel a bit more real to you and sets the tone for all the cuddles still to come. You’ll notice it when you start looking forward to it.

newborn-signals-preview =
    .title = Learn now how a newborn calls for you
    .body = Take a moment today to learn how a newborn asks for closeness: crying for help, searching for eyes, grasping with tiny hands, settling at your voice or touch. Knowing these signals ahead of time means you can answer them faster and more calmly. You’ll notice it working when, after the birth, you suddenly think: ah, that’s one of those signals.

calm-breath-practice =
    .title = Practise one calming breath
    .body = A few times today, practise the same breath: in for four, out for six, shoulders down. A newborn can’t calm themselves yet and leans on your calm, so a familiar way to settle yourself will be worth a lot later. Later, with a crying baby in your arms, that breath will already be in your body.

bump-read-aloud =
    .title = Read one page out loud
    .body = Today, read one page aloud from whatever you’re reading anyway: a novel, the news, a children’s book you’ve kept. It’s not about the story but about the rhythm of your voice, which is soothing now and later. If you’re not the one who is pregnant, it’s a lovely way to join in. Pick something you enjoy yourself, and you’ll keep it up.

first-weeks-honest-talk =
    .title = Ask someone how the first weeks really were
    .body = Today, ask someone who already has a child how the first weeks truly felt, including the less lovely parts. Birth is a huge change for parents and baby alike, and knowing a slow start is common makes it less frightening if it happens. Ask, too, what helped them most back then.

money-worry-one-step =
    .title = Take one step on a worry you already have
    .body = Pick one worry that’s on your mind today, such as money, work or housing, and take one small step: make a list, make a call, or ask your GP or child health clinic where to turn. Worries eat energy you’ll want for your baby later, and tackling them is part of the job. The rest of that worry can become the next step tomorrow.

trust-reliable-care =
    .title = Reliable isn’t the same as perfect
    .body = Think today about what your baby should be able to count on from you, in simple things: food when hungry, warmth, comfort when upset. In the first year a baby builds trust from care that keeps coming back, not from flawless care. Write three down, short and doable; ‘perfect’ doesn’t need to be on the list.

safe-childhood-memory =
    .title = Who made you feel safe as a child?
    .body = Think back today to someone who made you feel safe, seen or comforted when you were small. What exactly did they do? Little things like a calm voice or really listening are things you can pass on to your baby. If there was no one, you get to choose now how you’d like to do it. Pick one thing you want to carry forward and write it down.

skin-to-skin-front-top =
    .title = Pack a top that opens at the front
    .body = Today, put a shirt or cardigan that opens at the front with your things for the birth, one for you and one for a partner if you have one. It makes skin-to-skin easy after the birth and in the early weeks: baby bare on your chest, blanket over, while you’re awake and alert. Add a thin blanket and you’re all set.

bump-pet-name =
    .title = Give your baby a pet name now
    .body = Choose a pet name today and use it when you talk to the bump, always in the same soft tone. After birth, babies are very tuned in to the sound and pitch of a voice, even more than to the words. After the birth, that same name can be a first bridge between you.

visitors-calm-plan =
    .title = Make a calm plan for visitors
    .body = Decide today how you’d like visits to go in the first weeks: short ones, say, no more than one a day, and someone to guard the door when you’re tired. Lots of noise and bustle is stressful for a newborn, and for you too. A friendly ‘we’ll let you know when it suits us’ message is perfectly fine.

clinic-gp-in-phone =
    .title = Put three numbers in your phone
    .body = Save three numbers in your phone today: your GP (huisarts), the out-of-hours GP (huisartsenpost) for evenings, nights and weekends, and your local consultatiebureau (child health clinic). If things feel heavy after the birth, the bond is slow to come, or you’re worried about your baby, calling early is wise. Then you won’t have to search at a hard moment.

safe-sleep-on-the-back =
    .title = Safe sleep: on the back, in an empty cot
    .body = Today and every time, put your baby to sleep on their back in their own cot; that cot can stand in your bedroom. Keep it empty until the first birthday: no cuddly toy, cloth, pillow or cot bumper. A well-fitting sleeping bag keeps your baby warm. That way your baby sleeps safely, and you can rest a little easier too.

crying-peaks-then-eases =
    .title = Crying peaks around six weeks: when to call
    .body = In most babies crying builds until about six weeks and then often eases. Know today when not to wait: if the cry sounds different from usual, or your baby has a fever, drinks poorly, or seems floppy or very drowsy, call your GP (huisarts) that same day, or the out-of-hours GP (huisartsenpost) in the evening and at weekends. One call too many beats lingering doubt.

skin-to-skin-awake =
    .title = Skin-to-skin while you’re wide awake
    .body = Today, lay your baby in just a nappy on your bare chest, a blanket over their back, at a time when you’re awake and alert. That contact helps steady their temperature, heartbeat and stress. You’ll see it working as their breathing slows and their body softens. Getting drowsy? Put your baby down on their back in their own cot.

skin-to-skin-every-carer =
    .title = Skin-to-skin is for every carer
    .body = Today, give another regular carer a turn at skin-to-skin: your partner, if you have one, or someone else who is close to your baby. It isn’t only for the parent who gave birth; any trusted adult can feel the bond grow this way, as long as they stay awake and alert.

crying-is-asking =
    .title = Crying is asking, not acting up
    .body = Next time your baby cries today, tell yourself: ‘You’re asking for help.’ A newborn has no other way to say something is needed, and is built to seek your closeness. Go to them, even if you don’t know yet what’s wrong.

guess-aloud =
    .title = Guess out loud what’s going on
    .body = When your baby is unsettled today, wonder out loud: ‘Are you hungry? Tired? Is it all too busy?’ You don’t have to get it right first time; by searching and responding, you show your baby someone is listening. Anyone else who shares the care can do the same; that way you get to know your baby together.

pregnancy-song-again =
    .title = Sing the song from the pregnancy
    .body = Today, sing or hum the song you used often during the pregnancy, or start now with one song you’ll keep coming back to. Babies respond strongly to the sound and tone of a familiar voice, long before they understand words. Sing softly and slowly. A lullaby from your own childhood, in your own language, is just as good.

grasp-finger =
    .title = Offer your finger to hold
    .body = Today, place your finger in your baby’s palm and let them grip for as long as they like. Grasping and holding on is one of the ways a newborn seeks closeness, right from day one. Stay a moment and watch. You’ll notice it when they hold on tight and settle, and maybe you feel a little moved too.

love-takes-weeks =
    .title = It’s okay if the big love isn’t there yet
    .body = Not feeling that overwhelming love yet? Tell yourself today: ‘It’s growing.’ Birth is an enormous change for you and your baby, and for many parents the feeling arrives over a few weeks. Just keep caring, holding and talking. If it still feels empty or low after a few weeks, tell the consultatiebureau (child health clinic) or your GP (huisarts).

ask-one-thing =
    .title = Ask someone for one thing today
    .body = Send one message today with a concrete request: ‘Could you bring soup tomorrow?’ or ‘Can you come for an hour so I can sleep?’ Tiredness and worry make it harder to respond calmly to your baby, so asking for help is a strong move. Asking also gives someone else the chance to help.

ordinary-care-trust =
    .title = Ordinary care builds trust
    .body = Today, see every feed, clean nappy and warm blanket as a building block. Through care that keeps coming, your baby learns in this first year that the world can be trusted, and nothing fancy is needed. Now and then, say softly: ‘I’m here.’ The 3 a.m. feed counts too.

soft-voice-face =
    .title = Let your face and voice do the work
    .body = A few times today, talk to your baby up close in a soft, slightly higher voice with an open, friendly face. Babies read faces, body language and tone long before words, and they quickly get to know yours. It’s working when your baby looks at you, goes still, or answers with little arm or mouth movements.

gentle-order-not-clock =
    .title = A familiar order, not a timetable
    .body = Pick a regular order for after waking today, for example feed, change, a cuddle, then sleep again, without watching the clock. A recognisable rhythm makes your baby’s world predictable, and that makes it feel safe. A set order is something for you to hold on to as well, after a night with little sleep.

hand-hug-settle =
    .title = A hand hug for a restless baby
    .body = If your baby is restless today in the cot or on the changing mat, rest one warm hand gently on their chest or tummy and cup their head with the other, talking softly. Your calm touch helps them settle, and doing this often is how they’ll later learn to settle themselves. You’ll notice it when their arms and legs go still.

share-comfort-early-weeks =
    .title = In the first weeks, comfort can be shared
    .body = Let someone you trust take over a crying spell today, for instance in the restless hour after dinner, while you catch your breath. In the first weeks your baby has no strong preference for particular people yet and can be comforted by another calm, loving adult too; that clear preference grows later. You come back more rested, and your baby gains from that as well.

small-circle-of-hands =
    .title = Keep the circle around your baby small
    .body = Today, choose on purpose who holds and cares for your baby: a few regular people rather than every visitor. Babies attach to a small group of adults who are often nearby, and that trust grows best when the circle doesn’t keep changing. Visitors are welcome to look and chat without taking your baby from you.

early-sleepy-signs =
    .title = Catch the first sleepy signs
    .body = Watch today for early tiredness cues: yawning, staring into space, rubbing their face, or suddenly jerky arms and legs. Then settle your baby or rock them gently before the crying starts. This way they learn that a signal gets noticed. Lay your baby down on their back, in a sleeping bag, with no loose blankets or cuddly toys.

early-hunger-cues =
    .title = Spot hunger before the crying starts
    .body = Look out today for early hunger cues: turning and rooting, lip-smacking, hands to mouth. Offer a feed then, breast or bottle, rather than waiting for tears. That way you answer the signal your baby is actually giving, which is the heart of responding sensitively. You’ll notice it as feeds start more calmly.

stay-when-crying-continues =
    .title = Stay close, even when the crying won’t stop
    .body = Is your baby crying today and nothing helps? Stay close anyway: hold them, rock, or talk softly, without needing the crying to end. You’re not failing; you’re showing your baby they’re not alone with it, and that counts. Even if the crying goes on, in your arms your baby isn’t crying alone.

at-your-limit-pause =
    .title = Never shake: lay your baby down and step away
    .body = If the crying pushes you towards anger or despair today, never shake your baby, not even for a moment: a baby’s head can’t take it. Lay your baby on their back in their own cot, go to another room for a few minutes and breathe out slowly. Call or text someone to help. A pause like this is good care, not failing. Go back when you feel a little calmer.

gentle-leg-massage =
    .title = After the bath: a gentle leg massage
    .body = After the bath today, lay your baby on a warm towel, warm your hands and stroke slowly from thigh to foot, the same way each time. Oil isn’t needed; if you use it, take a few drops of plain, unscented oil, never nut or olive oil. Talk softly as you go. If your baby turns away, cries or stiffens, just stop; tomorrow is another chance. Soft, floppy legs say: this feels good.

watch-two-minutes =
    .title = Spend two minutes just watching your baby
    .body = After a feed today, when your baby is lying awake and content on a mat, sit beside them for two minutes and just watch: what are the hands, the feet, the little face doing? Softly name what you see: ‘You’re stretching your fingers.’ A child who feels truly seen grows in trust, and small moments like this count most. You may discover something you hadn’t noticed.

tell-how-it-really-goes =
    .title = Tell someone how it’s really going
    .body = Today, tell one person honestly how you’re doing, even if it’s ‘harder than I expected’. So much changes at once for you and your baby that a bumpy start makes complete sense, and it’s rarely anyone’s fault. For most parents the ‘this is my child’ feeling grows within a few weeks. Rather talk to a professional? The consultatiebureau (child health clinic) will listen too.

skin-to-skin-after-bath =
    .title = After the bath: a little skin-to-skin
    .body = After a bath or wash today, hold your baby bare against your bare chest with a towel or blanket over them, while you’re awake and alert. Skin-to-skin is strongest right after birth but stays worthwhile in these weeks, for the bond and for calm. You’ll notice it when your baby lies warm and relaxed against you.

talk-then-pause =
    .title = Talk, pause, and let your baby ‘reply’
    .body = Today, talk to your baby up close, look into their eyes, then leave a pause as if waiting for an answer. Your baby doesn’t understand the words yet, but is learning your voice and feeling the back-and-forth of contact. The ‘answer’ can take a while; newborns are slow, so give it time.

carry-through-fussy-hour =
    .title = Carry your baby through a fussy hour
    .body = If your baby has a fussy spell today, hold them upright against your chest and walk slowly around the house. Warmth, your heartbeat and the gentle sway of your steps give them something to hold on to. Using a sling? Keep their face free and visible. Many babies have an hour like this, often in the evening; it’s very common and it passes.

night-soft-light =
    .title = At night: soft light, few words
    .body = Tonight, go to your baby calmly at each cry, with dim light and a few soft words, then lay them back down. Night-time is when your baby learns that someone always comes, and basic trust grows from that. It doesn’t need to be quick or perfect. In the daytime, let the light in; that’s how your baby slowly learns the difference between day and night.

smile-back-and-wait =
    .title = Smile back, then pause
    .body = When your baby looks at you today, on the changing mat perhaps, pause, smile broadly back and wait a few seconds before you speak. A little sound from across the room deserves a smile or a word back too. Your face is the most fascinating thing in your baby’s world, and this back-and-forth is your first conversation. The first smile back often comes at around six weeks.

coo-back-and-forth =
    .title = A conversation in vowels
    .body = Copy your baby’s cooing today, an ‘aah’ or an ‘ooh’, then leave a gap so it’s their turn again. Your baby finds out that making sounds gets results: someone listens and answers. You’ll notice it when they start babbling into your pauses or watch your mouth with great concentration.

lower-your-voice-when-fussy =
    .title = Lower your voice when they fuss
    .body = If your baby gets unsettled today, bring your voice down: slower, lower and softer, as if you’re sharing a secret. Babies hear exactly how your voice sounds, and a calm tone says ‘you’re okay’ long before they understand a single word. The whisper voice works just as well in the car or at the supermarket.

knee-bouncing-rhyme =
    .title = A bouncing rhyme on your knees
    .body = Sit your baby on your knees today, held firmly under the arms, and sing a bouncing rhyme with gentle bounces on the beat. Pause just before the end, then let your baby dip a little between your knees and catch them straight away. That thrill with a familiar ending says: you always catch me. Does your baby ask for more with a little sound? Then you know enough.

sway-to-a-slow-song =
    .title = Sway to a slow song
    .body = Hold your baby today and sway slowly in time to a gentle song, perhaps a lullaby from your own childhood. The steady rhythm and your voice so close give them something to hold on to. Singing off-key or making up the words is fine: it’s you they want. Who knows, this may become your evening song.

tummy-circles-massage =
    .title = Slow circles on the tummy
    .body = Lay your baby on a warm towel today and, with a warm hand, make slow clockwise circles on their tummy. Oil isn’t needed; if you use it, a drop of plain, unscented oil, never nut or olive oil. Slow, repeated movements help your baby settle. If they look away or get restless, stop. A deep sigh or a yawn means: this feels nice.

long-strokes-down-the-back =
    .title = Long strokes down the back
    .body = If your baby is lying awake on your lap or on their tummy beside you today, stroke with a warm hand in long, slow sweeps from neck to bottom. Oil isn’t needed; on bare skin a little plain, unscented oil is fine, never nut or olive oil. Slow, predictable touch calms the whole little body. If they lift their head away or get wriggly, that’s plenty for today.

talk-through-the-nappy-change =
    .title = Talk through the nappy change
    .body = At every nappy change today, keep up a running commentary: ‘Trousers off first, ooh, bit chilly. And now a clean nappy.’ Your baby can’t follow the words yet, but hears your voice, senses what’s coming and soaks up language along the way. A chore that comes round many times a day becomes a little moment together. Run out of words? Just hum.

say-it-before-you-do-it =
    .title = Say it first, then do it
    .body = Today, tell your baby what you’re about to do before you do it: ‘I’m going to pick you up’, ‘now your sleeve goes over your hand’. Then wait a beat. Your baby learns that things don’t happen out of nowhere, which makes lifting and dressing less of a shock. After a while you may see them getting ready, tensing their arms when you say ‘up’.

guided-tour-on-your-walk =
    .title = A guided tour on your walk
    .body = Tell your baby what you come across when you’re out today: ‘Look, a dog. Can you hear that bus?’ Keep it short and leave pauses. You’re sharing the world with them, and your voice becomes a familiar anchor among all the new things. Not in the mood to talk? Looking together and pointing now and then is enough too.

one-little-book-every-day =
    .title = One little book, every day
    .body = Pick up a sturdy picture book today and read it aloud, even though your baby has no idea what it’s about. What matters is the melody of your voice and sitting close together. Feel free to read the same one again tomorrow: repetition is comforting. It’s working when your baby goes quiet at the first line, or looks from the pictures to you and back.

bold-black-and-white-pictures =
    .title = Bold black-and-white pictures
    .body = Today, hold a book with bold black-and-white pictures about as far from your baby as your face is during a feed, and quietly say what’s on each page. Young babies see strong contrast best, and your voice turns it into a shared moment. If they look away, that’s a break. A fixed stare and going quiet show it has caught their interest.

read-your-own-book-aloud =
    .title = Read your own book out loud
    .body = Feel like reading something for yourself? Read a few pages aloud today with your baby on your lap: your novel, a magazine, even a recipe. For your baby it’s the rhythm of your voice that counts, not the plot. And you get a moment of your own too. Another carer can do this too, with their own favourite book.

three-steps-before-sleep =
    .title = Three steps before sleep
    .body = Choose three small steps to do before every sleep from now on, for example: curtains closed, sleeping bag on, one song. The same order tells your baby what’s coming, and a predictable world feels safe. It doesn’t have to run to the minute, and anyone who puts your baby down can follow it. Later, a book or brushing teeth can join in; the order stays the same.

a-familiar-feeding-spot =
    .title = A familiar feeding spot
    .body = Today, try to feed your baby in the same quiet spot and the same position, with your phone out of reach for a while. Familiar moments give your baby something to hold on to: this is where I get fed and noticed. Doesn’t work every time? No problem. With a bottle, every regular carer can use the same spot.

the-same-good-morning =
    .title = The same good morning every day
    .body = Greet your baby the same way each time they wake today: curtains open, ‘Good morning, there you are!’ and a cuddle. A small, fixed ritual makes the start of the day familiar and warm. Whoever gets up, you, your partner if you have one, or a grandparent, can do it the same way. The time doesn’t matter, and it doesn’t have to be lovely every day.

together-in-the-mirror =
    .title = Together in the mirror
    .body = Sit before a mirror today with your baby on your lap and say what you see: ‘There you are, and there’s me. And here’s your ear.’ Touch their ear as you say it. Your baby mostly sees a fun face looking back; recognising themselves comes later, but looking and naming together already connects you. Is your baby smiling at that other baby? Wave back together.

mirror-by-the-changing-table =
    .title = A mirror by the changing table
    .body = Put or hang a small unbreakable mirror by the changing table today and look into it together during changes: ‘There are your feet! And here’s your tummy.’ A chore becomes a little game, and your words get linked to what your baby sees and feels. Fix it firmly, though: babies love to grab.

quiet-corner-after-a-busy-day =
    .title = After a busy day, find a quiet corner
    .body = Was today busy, with visitors, the supermarket or a birthday party? Afterwards, find a quiet, dimly lit spot with your child, no TV or music. Hold a baby close; with an older child, stacking blocks or a book together works too. Lots of noise and faces can overwhelm a small child, even one who enjoyed it all. Quiet time with you helps everything settle.

looking-away-means-a-break =
    .title = Looking away means: a break, please
    .body = Watch today, during play, cuddles or chat, for looking away, yawning, hiccups, a frown or wildly waving arms. That’s often your baby saying: enough for now. Stop talking, look away yourself for a moment and give some space. When your baby looks back at you, carry on. That way your baby learns that their signals have an effect on what happens.

bright-eyes-time-to-play =
    .title = Bright eyes? Time to play
    .body = Does your baby have bright eyes, an open face and kicking legs today? That’s an invitation. It’s the moment for a song, a rattle or some silly noises. Babies need rest, but they also need you as a playmate. You’ll know you’ve got it right when they keep looking at you and make more and more sounds.

one-thing-at-a-time =
    .title = One thing at a time
    .body = Switch off the TV or radio while you play today, and offer just one toy at a time. For a baby, your face plus a single rattle is already a whole world; more at once tends to unsettle rather than delight. Feel free to swap toys tomorrow; today, one is enough.

answer-the-reach =
    .title = Answer the reach
    .body = If your baby stretches their arms out to you today or grabs your hair or finger, respond: take their hand, smile and say ‘Hey, there you are!’ Your baby learns that reaching out works and that you’re there. You don’t have to drop everything; a look and a few words are often enough.

look-where-they-look =
    .title = Look where they look
    .body = Today, follow your baby’s gaze, to the lamp, the fluttering leaves, the cat, and talk about it: ‘You’re watching those leaves move, aren’t you?’ Joining in with what fascinates them says: I see what you see. That’s sensitive responding in miniature. It’s working when they keep looking for longer and then turn to you, as if to share it.

cheer-the-small-things =
    .title = Cheer the small things
    .body = Give your baby an enthusiastic bit of praise today every time they try something: lifting their head, a new sound, a swipe at a toy. ‘Wow, you did that yourself!’ Your delighted face shows them that what they do matters to you. It’s about your delight, not about what your baby can already do.

eyes-on-each-other-during-a-feed =
    .title = Eyes on each other during a feed
    .body = During one feed today, put your phone away and look at your baby calmly. Say something softly or hum a tune. If they seek your gaze, hold it; if they look away, that’s fine too. These moments of looking at each other are the building blocks of your bond. Close up, about as far as your face during a feed, is where your baby sees you best.

a-song-with-their-name =
    .title = A song with your baby’s name in it
    .body = Make up a simple song today with your baby’s name in it, for instance to the tune of Twinkle, Twinkle, Little Star. Sing it while getting dressed or out with the pram. Your baby hears their name often and happily, and the song becomes something that belongs to the two of you. Two languages at home? Sing it in the language of your heart.

finger-rhyme-on-toes =
    .title = A finger rhyme on their toes
    .body = Play a finger rhyme today, such as This Little Piggy, touching their fingers or toes one by one, with a gentle tickle at the end. Rhymes with touch bring together rhythm, your voice and your hands: three things babies love. Ask a grandparent for a rhyme from their own childhood.

an-extra-cuddle-minute =
    .title = An extra cuddle minute
    .body = After a nap today, take one extra minute just to hold your baby, with nothing that needs doing. Cuddling releases oxytocin, which strengthens your bond, and it lets your baby feel welcome. On a busy day it does you good too. A quarter of an hour is fine too, if the day allows.

face-to-face-on-the-floor =
    .title = Face to face on the floor
    .body = Lie flat on the floor today while your baby does tummy time, with your face at their level. Smile, raise your eyebrows, talk softly. Your face up close makes the hard work of lifting their head a lot more fun. A few minutes is enough; tummy time is only for when your baby is awake and you’re right there.

glad-you-are-here =
    .title = Show them you’re glad they’re here
    .body = At some ordinary moment today, bring your face close and say: ‘I’m so glad you’re here.’ Your baby doesn’t understand the words, but feels your warm gaze and happy tone. It’s in small, everyday moments like this that babies discover they are seen and welcome. Lifting your baby out of the car seat or pram is a lovely moment to say it.

another-carer-takes-the-bath =
    .title = Let another carer do the bath
    .body = Today, let someone who’s often around your baby, your partner if you have one, a grandparent or a regular sitter, do the bath or a nappy change while you’re nearby. Babies can bond with other familiar adults too, and that makes things easier later when you’re away for a while. You’ll notice it when your baby looks at that person, smiles at them and lets them offer comfort.

picking-up-does-not-spoil =
    .title = Picking them up won’t spoil them
    .body = Hear ‘just let them cry or you’ll spoil them’ today? With a young baby you can calmly set that aside and simply go and comfort. Your baby doesn’t cry out of habit but because something is needed, and a baby who keeps getting an answer learns that calling out works. Agree on this with everyone who shares the care. Settling alone comes much later, thanks to your help now.

only-you-will-do-now =
    .title = Only you will do? That’s the bond
    .body = Does your baby protest today when someone else takes them from you? Around this age, babies clearly choose the people they’re attached to. It isn’t spoiling and it isn’t something to train away; it’s a sign that your bond is showing. Take them back for a moment, reassure them and give it time.

not-the-favourite-right-now =
    .title = Not the favourite right now?
    .body = Does your baby only want that one parent or carer today, and not you? That can sting, but it’s very common at this age: the preference for one familiar person grows stronger. Stay calm and friendly nearby, and keep doing small regular things together, like bath time or a song. That preference often shifts again; your place stays.

let-strangers-warm-up-slowly =
    .title = Let new people warm up slowly
    .body = Is someone visiting today whom your baby rarely sees, or does everyone at a birthday party want a hold? Keep your baby on your own lap first and kindly ask the other person to chat with you and smile calmly: ‘We’re watching from here for now.’ Wariness of strangers is very common from around six to nine months; your baby checks with you that it’s safe. Let your baby set the pace.

a-short-goodbye-ritual =
    .title = A short goodbye ritual
    .body = Taking your baby to childcare or a sitter today? Keep the goodbye short and the same each time: a cuddle, ‘Bye-bye, I’ll be back after snack time’, a wave at the window, and then really go. Slipping away unseen is tempting, but a sudden disappearance makes a baby less sure. Tears are allowed; often your baby is soon comforted by the familiar carer.

peekaboo-with-a-cloth =
    .title = Peekaboo with a cloth
    .body = Drape a thin cloth over your own head today, wait a second, then pull it off: ‘Peekaboo!’ Then again, and again. Your baby discovers that you come back when you disappear for a moment, and that going and returning can even be a game. That breathless hush just before you reappear is part of it: suspense with a happy ending.

let-them-pull-the-cloth =
    .title = Let them pull the cloth away
    .body = Play peekaboo today, but let your baby pull the cloth off your face themselves, or drape it lightly over their head: ‘Where are you? There you are!’ Getting to make the ending happen gives your baby a feeling of ‘I can make things happen’. You’ll notice it when they hand the cloth back to you or start hiding themselves: again!

peekaboo-while-dressing =
    .title = Peekaboo while getting dressed
    .body = When you pull a top over your baby’s head today, turn it into a game: ‘Where’s your face? Peekaboo!’ A moment many babies dislike becomes a predictable joke. Not seeing for a second and then finding you again is a small reassurance every time. If your baby isn’t in the mood today, the top can simply go on quickly.

keep-the-circle-small =
    .title = Keep the circle small
    .body = Take a look today at everyone who looks after your baby. Babies attach to a few people who are close by often, so a small, steady group works better than lots of changing faces. If you’re arranging childcare or a sitter, go for the same person or the same fixed days where you can. A new sitter? Have them come over once while you’re at home first.

settle-in-step-by-step =
    .title = Settle in step by step
    .body = Is your baby starting childcare or with a new sitter soon? Plan a few short settling-in visits: first an hour together, then a little while without you, then longer. Your baby gets to know the new carer in small steps while you’re still the familiar anchor. Feel free to ask about a regular key carer. Settling in takes one baby a week and another a month; both are normal.

share-your-comfort-secrets =
    .title = Share your comfort secrets
    .body = Write down today, for the sitter, grandparents or childcare, how you comfort your baby and settle them to sleep: which song, which way of rocking, which words. A familiar cuddly toy is lovely for comfort in the daytime, but stays out of the cot until the first birthday. When someone else responds the same way, your baby recognises it and feels safe sooner.

a-regular-day-with-someone-else =
    .title = A regular day with someone else
    .body = Arrange today with a grandparent, a neighbour or a good friend to see your baby more often, ideally at a fixed time, say every Wednesday. Babies can also bond with other adults who are around regularly and lovingly, and that’s a lovely gift for later. And for you, it’s a breather.

a-bond-with-the-childcare-worker =
    .title = A bond with the childcare worker is good news
    .body = Does your baby stretch their arms out to their childcare worker today? That might give you a pang, but it’s good news: your baby feels safe there. Your place stays unique; a child can bond with several people without the bond with you getting any smaller. Feel free to tell the carer: ‘It’s lovely to see how at home they are here.’

you-on-the-floor-them-exploring =
    .title = You on the floor, them exploring
    .body = Sit on the floor today while your baby plays, rolls or crawls off, and just stay there, calm and in sight. Your baby dares to explore further because you are the familiar starting point. You don’t have to join in; being there is enough. A cup of tea is allowed; all you have to do is stay.

say-what-they-feel =
    .title = Say what they feel
    .body = Today, put into words what you think your baby is feeling: ‘That loud noise made you jump, didn’t it?’ or ‘You’re cross, you wanted that block.’ Your baby doesn’t understand the words yet, but hears in your tone that you see what’s going on inside. It grows the sense that whatever they feel is allowed. Guessed wrong? No problem; what your baby mostly feels is that you’re trying.

wonder-aloud-what-they-think =
    .title = Wonder aloud what they’re thinking
    .body = If you see your baby staring intently at something today, say what you imagine is going on in their head: ‘What’s that thing, do you think? You’d like to grab it, wouldn’t you?’ Putting yourself in their shoes and saying it out loud helps you get to know your baby better and better. Whether your guess is right matters less than the fact that you’re trying.

a-day-you-can-predict =
    .title = A day you can predict
    .body = Jot down today roughly how your days go: waking, eating, napping, going outside, bath. Try to keep more or less to that rhythm over the coming week, also when someone else is looking after your baby. A recognisable day makes the world easier to grasp, and so safer. A holiday or a stay away upsets it for a while; afterwards the rhythm comes back.

hide-a-toy-under-a-cloth =
    .title = Hide a toy under a cloth
    .body = While your baby watches, half-hide a toy under a cloth today and ask: ‘Where’s the ball?’ Let them search, and cheer when they find it. Your baby is discovering that things, and people, still exist when they’re out of sight for a moment. That makes your going away a little easier to understand too. Does your baby want another go? That’s exactly the idea.

tears-at-goodbye-are-no-failure =
    .title = Tears at goodbye aren’t a failure
    .body = Does your baby cry today when you leave, at childcare or with the grandparents? At this age that’s very common: your baby understands that you’ve gone, but not yet that you’ll be back. It says something lovely about your bond, not something bad about how you’re doing. Say a kind goodbye and trust the other carer. Feel free to call or text a little later to hear how it’s going.

clap-your-hands-song =
    .title = A clapping song
    .body = Sing Pat-a-Cake or another clapping song today and clap together: first with your hands around your baby’s, later perhaps on their own. Songs with set actions become a familiar game your baby can find again with a grandparent or sitter. It’s a way of taking a bit of home to other places. In a waiting room, too, the song makes the wait feel shorter.

there-at-night-too =
    .title = There at night too
    .body = Is your baby waking more at night than before? That happens a lot around this age, partly because they now realise you’re sometimes not there. Go and check, rest a hand on them and whisper: ‘I’m here.’ It confirms again and again: when I call, someone comes. It’s working when they fall back asleep more quickly. Exhausted? Take turns with someone else if you can.

only-you-will-do-take-a-break-anyway =
    .title = Only you will do? Take a break anyway
    .body = Does your baby want only you today, and is it wearing you out? Understandable. Plan small breaks anyway: let someone you trust take your baby for a short walk, or take ten minutes for a shower while someone else keeps watch. A rested carer has more patience, and your baby learns that the other person is safe too.

safe-seen-soothed =
    .title = Safe, seen, soothed
    .body = Take a moment this evening to look back on the day. Was your baby safe? Were they seen, even if only in a few glances? Were they soothed when they needed it? If you can mostly say ‘yes, more or less’, a sense of security is growing in your baby. Perfect isn’t required.

point-and-name =
    .title = Point and name
    .body = A few times today, point at something and name it: ‘Look, the cat!’ Then look at your baby, and back at the cat. Around this age babies start to grasp that your finger points at something, and looking at the same thing together is a new way of connecting. Does your baby point at something themselves? Name it straight away: ‘Yes, a bird!’

cuddles-for-a-busy-explorer =
    .title = Cuddles for a busy explorer
    .body = Now that your baby moves more and wants to explore, long cuddles may get squeezed out. Today, deliberately make a few quiet moments: on the sofa together after a meal, held close before sleep. Touch keeps feeding your bond, even as your baby grows. You’ll notice it when they come and lie against you of their own accord, or rest their head on your shoulder.

name-the-fall =
    .title = Say what you saw after a fall
    .body = If your child takes a tumble today, crouch down to their level and put it into words: ‘Bump, you landed on your knee. That gave you a fright.’ Words for a feeling help your child make sense of what is going on inside. Don’t make it bigger or smaller than it was; naming it accurately is enough.

be-the-fixed-point =
    .title = Be the fixed point today
    .body = At the playground today, sit on a bench, or at home in one spot, easy to see, and stay there. Your child wanders off, looks back and returns for a quick stroke or a wink. Give it briefly and let them go again: that’s refuelling. A child who knows you’ll stay put dares to go a bit further. After a few rounds, the outings often grow longer on their own.

open-arms-first =
    .title = Open arms first, questions later
    .body = Does your baby crawl or toddle to you in tears today after a fright, a loud bang or a small tumble? Just open your arms first and catch them, without questions or explanations; no need to say it was nothing. A safe harbour to catch their breath makes it easier to go exploring again afterwards. Often, after a little while, your baby slides off your lap by themselves.

count-to-ten-before-helping =
    .title = Count to ten before you help
    .body = If you see your child struggling with a block, a lid or a shoe today, count slowly to ten before stepping in. It gives them the chance to work something out for themselves, with you close by as a safety net. You’ll see it working in that proud look when they manage it, or in a small hand pulling you in when it really won’t go.

choice-of-two =
    .title = Offer a choice of two
    .body = A few times today, give your child a choice between two things: the red cup or the blue one, trousers first or jumper first. A small choice like that tells your child that what they want matters. You’ll notice it in a bit less battle over getting dressed, or in how firmly your child points at one of the two.

repair-after-snapping =
    .title = Lost your temper? Make it right
    .body = If you snapped today, sit down next to your child once you’ve calmed a little and say: ‘I was really cross just now. That was scary, wasn’t it? I’m sorry.’ Making up after a clash strengthens the bond more than never clashing at all. Your child doesn’t even need to understand it; they feel that things are right again.

one-line-for-the-carer =
    .title = Hand the carer one sentence
    .body = At drop-off, tell the childcare worker or sitter one thing: ‘Rough night’ or ‘Completely obsessed with trains.’ At pick-up, ask for one thing back. That little thread between home and the other place helps your child’s day hang together as one. If there’s no time at the door, a notebook or the childcare app works too.

a-ritual-with-another-carer =
    .title = Let another carer have their own ritual
    .body = Let a grandparent, the sitter or another regular carer have something that’s just theirs with your child: a certain song, feeding the ducks, ‘reading the paper’ together on their lap. Your child can build a real bond with several trusted adults, and it takes nothing away from yours. You’ll notice it when your child beams or waves as soon as that person walks in.

five-minutes-at-pickup =
    .title = Five minutes together after pick-up
    .body = Does your child burst into tears at pick-up, or act as if you’re not there? That’s very common: with you, the tension of the day finally feels safe to come out. After you’re reunited, take five minutes just for each other, on the sofa or a bench outside, before shopping or cooking. A bit cross or quiet at first? Stay friendly and close; the connection will come.

peekaboo-behind-the-door =
    .title = Peekaboo behind the door
    .body = Take peekaboo up a notch today: half-hide behind a door or the sofa, softly call your child’s name, then pop out with a big smile. Going away and coming back turns into a game your child actually enjoys. If your child looks worried, pop out a bit sooner; it should stay a game.

toddler-hides-you-seek =
    .title = Let your toddler hide
    .body = Toddlers love to hide, even with their feet poking out under the curtain. Search out loud and take your time: ‘Under the table? No… behind the chair?’ This way your child decides when they disappear and when they’re found. You’ll see it working when your child leaps out giggling and immediately wants another go.

favourite-book-again =
    .title = Read the favourite book once more
    .body = If your child brings the same book again today, go ahead and read it for the twentieth time. Now and then, pause just before a familiar word and let your child fill it in or point. For a young child, repetition feels safe because they know what’s coming. For you it’s the twentieth time; for your child it’s a treat every time.

feelings-in-picture-books =
    .title = Spot the feelings in picture books
    .body = While you read together, look at the faces in the pictures: ‘Look, the rabbit’s crying. It’s lost its teddy.’ This introduces words for feelings at a calm, safe moment on your lap. You’ll see it working when your child points to a happy or cross face themselves, or copies the crying sound.

warn-before-a-change =
    .title = Give a heads-up before a change
    .body = Before each switch today, say briefly what’s about to happen: ‘One more go on the slide, then we’re heading home.’ A warning gives your child time to let go instead of being caught off guard. You’ll notice it working when stopping play goes a little more smoothly. There may still be protest, and that’s allowed too.

name-the-anger =
    .title = Give the anger a name
    .body = If your toddler has a meltdown today, stay close and briefly say what you see: ‘You’re so angry. You wanted another biscuit.’ You don’t have to hand over the biscuit to take the feeling seriously. A feeling with a name is less overwhelming for a small child. Keep your words short; during the storm your calm presence matters more than explaining.

your-face-says-its-safe =
    .title = Let your face say it’s safe
    .body = When your child is unsure about something new, like a dog or a stranger, they’ll often check your face first. Offer a calm, friendly look and say: ‘That’s the neighbours’ dog. It’s a friendly one.’ Your face works like a compass for your child in unfamiliar territory. If it’s still too much for your baby, watching from your lap is fine too.

little-helper =
    .title = Let your child help
    .body = Give your child a toddler-sized job today: carrying spoons to the table, throwing socks into the washing machine, pushing the door open for you. It’ll be slower and messier, and that’s fine. Joining in lets your child feel capable and part of things. Pick jobs without sharp edges or hot pans, so you can relax and watch.

spills-are-practice =
    .title = A spill is just practice
    .body = If your child spills while pouring their own drink today, or the tower topples, keep it light: ‘Oops, that overflowed. Can you grab a cloth?’ Mistakes are part of learning, and a child who is allowed to fail without shame keeps on trying. Keep a cloth within reach; then tidying up is just part of the game.

cheer-the-trying =
    .title = Cheer the trying
    .body = If your child attempts something daring today, like climbing a step, stay close and name the effort: ‘You just keep trying, don’t you!’ Children who know someone will catch them dare to do more and bounce back better from setbacks. A cuddle afterwards is welcome, whether it worked or not.

take-small-fears-seriously =
    .title = Take small fears seriously
    .body = Does the hoover, the hairdryer or a barking dog make your child jump today? Try ‘That was a loud noise, it gave you a fright’ rather than ‘There’s nothing to be scared of.’ When a fear is acknowledged, your child doesn’t need to cry harder to be heard. If your child is curious afterwards, look together at how the vacuum works.

lend-your-calm =
    .title = Lend your child your calm
    .body = Is your child crying or raging today, in the car seat, in the bath or in the middle of the night, and is your own tension rising? First breathe out slowly three times, drop your shoulders, come close and speak softer and slower than usual. A young child can’t yet brake big feelings alone and borrows your calm: your breath, your heartbeat, your voice. That’s how they later learn to settle.

stop-the-hit-not-the-feeling =
    .title = Stop the hit, not the feeling
    .body = If your child hits or bites out of frustration today, calmly hold their hand back and say: ‘I won’t let you hit. You’re cross because someone took your spade.’ A limit and understanding go together fine, because behind tricky behaviour there’s nearly always a feeling that wants to be seen. You’ll see it working when your child turns to you instead of carrying on the fight.

narrate-what-you-do-together =
    .title = Narrate what you do, with your baby alongside
    .body = Sit your baby in the high chair next to you while you cook today and talk like a calm commentator: ‘I’m cutting the apple. Look, the peel goes in the bin. Do you want to hold the spoon?’ Your baby hears lots of words at the very moment they see what they mean, and simply belongs. Buttering bread or folding laundry works just as well.

mirror-faces =
    .title = Pulling faces in the mirror
    .body = Sit in front of the mirror together and pull exaggerated faces: surprised, happy, cross, sad. Say what you’re doing: ‘Look, now I’m cross! And now I’m happy again.’ A baby mostly watches, fascinated, and may laugh; a toddler starts copying you. It’s a playful way to learn what feelings look like. That the child in the mirror is themselves, they only discover at around 18 months to two years.

rough-and-tumble-stop =
    .title = Play-wrestle, and stop at ‘stop’
    .body = Have a little rough-and-tumble or tickle on the bed or sofa today, and stop straight away when your child says ‘stop’, pushes you off or turns away. Then wait until they want more. Laughing and touching together strengthens your bond, and your child learns that they get a say over their own body. You’ll notice it when they crawl back to you to carry on.

morning-cuddle =
    .title = A cuddle to start the day
    .body = Start the day with a few minutes of cuddling before you get up: under a blanket together, or your child snuggled against you on the sofa. Calm touch releases oxytocin in the body, a substance that strengthens your bond. On a rushed morning, one minute under the blanket is enough too.

ten-minutes-following =
    .title = Ten minutes of following
    .body = Play for ten minutes today with your baby in charge. If they bang a spoon on the table, copy them; if they drop something on the floor, pick it up and hand it back. Say what you see and let go of ‘playing properly’ or teaching for a while. Following instead of steering shows your baby that what interests them matters. Ten minutes is enough; the dishes can wait.

answer-every-look =
    .title = Answer every ‘look!’
    .body = Watch out today for your child’s small invitations: a pointing finger, a ‘look!’, a pebble pressed into your hand. Respond, even briefly: ‘Wow, a pebble! Is that for me?’ Small answers like these tell your child that reaching out to you is worth it. You’ll notice it when your child comes to show you things more often, watching your face for your response.

say-when-you-leave-the-room =
    .title = Say so when you leave the room
    .body = When you pop into the kitchen or the loo today, say briefly: ‘I’m going to the kitchen, I’ll be right back.’ And then really do come back, with a cheerful ‘Here I am again!’ Small goodbyes that end well teach your child that when you go, you return. Keep talking or singing as you walk away, so your voice stays in the room.

show-me-again =
    .title = ‘I don’t get it yet, show me again’
    .body = Is your child getting frustrated today because you can’t work out what they want? Be honest: ‘I don’t understand yet. Can you show me?’ and follow them. Missing each other now and then is normal, and working it out together actually strengthens your bond. Your child learns something too: if someone doesn’t understand me, we can work it out together.

reconnect-after-no =
    .title = Reconnect after a ‘no’
    .body = Did you say ‘no’ today and your child was heartbroken? Stick to your no, but reach out a few minutes later: an arm around them and ‘You really didn’t like that, did you. I’m still here.’ A limit and a warm bond go together just fine, as long as connection follows. No need to explain or justify your no; reconnecting afterwards says enough.

walk-at-toddler-pace =
    .title = Walk at toddler speed
    .body = Take a short stroll today where your child sets the pace. Stop for every pebble, every snail and every drain cover, and really look with them: ‘What have you found?’ When you slow down to your child’s speed, they feel seen in what fascinates them. You’ll notice it when your child pulls you by the hand towards the next discovery.

echo-and-add-a-word =
    .title = Echo the word and add one more
    .body = When your child says a word or a sound today, like ‘car’ or ‘yuck’, repeat it cheerfully and build on it: ‘Yes, a car! A blue car.’ Your child hears that you’re listening, and gets a little bit more language back. Two languages at home? Feel free to give the word back in your own language.

a-piece-of-home =
    .title = Send a piece of home along
    .body = Give your baby something familiar to take to childcare or the sitter today: a small cuddly toy, a cloth that smells of home, or a photo of you. Agree that it stays within reach in the daytime for play and comfort. It only goes into bed after the first birthday; until then your baby sleeps on their back in an empty cot there too. A piece of home builds a bridge to the other place.

talk-about-other-carers =
    .title = Talk about other carers at home
    .body = At home today, mention the childcare worker, the sitter or a grandparent by name, and maybe look at a photo together: ‘Tomorrow you’ll see Sam again.’ That way, the people your child also feels safe with belong to one familiar world. You’ll notice it when your child perks up at the name, points at the photo or tries to say the name themselves.

say-exactly-what-you-liked =
    .title = Say exactly what you liked
    .body = A few times today, give your child praise that names exactly what you noticed: ‘You fetched your own shoe!’ or ‘You stroked the cat so gently.’ Specific praise shows you were really watching, far more than a quick ‘good job’. It needn’t be big: ‘You put your cup back yourself’ counts too.

tell-them-how-you-feel =
    .title = Tell your child how you feel
    .body = Tired, rushed or irritable today? Say so in a calm voice and simple words: ‘I’m a bit tired, so I’m talking quietly. It’s not because of you.’ Do everything a little slower. Your child picks up on your mood anyway; with a name attached, it becomes understandable rather than confusing. If it often feels like this, talk to someone you trust or to the consultatiebureau (child health clinic).

see-what-they-dare =
    .title = Notice what your child dares to do
    .body = Today, watch for everything your child is brave enough to try: a new climbing frame, looking at another child, playing in another room without you for a bit. That courage grows out of the trust you build together every day. Say it out loud too: ‘You’re so brave these days!’ Saying it out loud helps your child see themselves that way too.

retell-the-day =
    .title = Retell the day at bedtime
    .body = As you tuck your child in tonight, tell the story of the day in a few sentences: ‘We went to the playground. You fell off the steps and cried. Then you had a cuddle and went back on the slide.’ A story with a good ending helps your child sort out the day and the feelings in it. It doesn’t have to be a polished story; three sentences and a good ending are enough.

comfort-the-teddy =
    .title = Comfort the teddy together
    .body = Grab a cuddly toy or doll today and have it ‘fall over’ or feel ‘sad’. Ask your child: ‘Oh dear, teddy’s crying. What does teddy need?’ Through play, your child practises comforting others the way they are comforted themselves. You’ll see it working when your child strokes, rocks or kisses the teddy, perhaps using your very own soothing words.

good-enough-really-is =
    .title = Good enough really is enough
    .body = Tonight, name one moment from today that went well enough: a feed, a cuddle, a look. Not the best moment, just an ordinary one. Your child doesn’t need a perfect parent, but someone who is there often enough and comes back after a miss. Write it down if you like; on a hard day, a note like that is gold.

missed-it-come-back =
    .title = Missed a signal? Just come back
    .body = Did you miss a signal today because you were in the shower, busy cooking or simply didn’t see it? Go to your child, find their eyes and say softly: ‘Here I am.’ Missing each other happens all the time in every relationship; it’s the coming back that builds trust. A simple ‘Sorry, I’m here now’ is enough, even for a baby who doesn’t understand the words yet.

one-moment-without-the-phone =
    .title = One moment without the phone
    .body = Pick one regular moment today, like a feed, bath time or a meal at the table, and leave your phone in another room for the duration. Your child can feel the difference between someone who is nearby and someone who is truly there. It doesn’t have to be all day; this one moment counts.

four-s-as-a-compass =
    .title = The four S’s as a compass
    .body = In a tough moment today, think of Siegel’s four S’s: Safe, Seen, Soothed, and together they help your child feel Secure. Ask yourself just one thing: which of the first three can I offer right now? A single question like that helps you find the next step through the chaos. On vaccination day, for example: hold close (safe), say it hurt (seen), rock (soothed).

safe-comes-first =
    .title = Safe comes first
    .body = If your child is distressed today, first make sure they feel safe: pick them up or get close, move away from noise, keep your voice low and calm. Explaining, fixing and tidying can wait, because without that sense of safety, the first of Siegel’s four S’s, a child can’t take anything else in. Your words can wait; your arms can act right away.

your-own-soothing-signature =
    .title = Find your soothing signature
    .body = Choose a way of comforting that suits you and use it every time today, for example: your child upright against your shoulder, a soft ‘shhh’, slow rocking, the same words each time. Being soothed, the ‘Soothed’ of Siegel’s four S’s, comes faster when the gesture is familiar, because your child’s body recognises it. Bit by bit, your child learns what calming down feels like.

look-behind-the-behaviour =
    .title = Look behind the behaviour
    .body = Is your child crying, whining or sulking today for no obvious reason? Take a moment to wonder what might be underneath: tired, hungry, too much going on, or simply missing you. You don’t have to guess right straight away, because a child who senses that someone is really trying to understand feels seen. On a teething day or after a jab, there’s often more behind it than you think.

light-up-when-you-meet =
    .title = Light up when you see your child
    .body = Every time you meet again today, after a nap or when you come home, let your face truly show you’re glad: eyes lighting up, a warm ‘Hey, there you are!’ Without any words, your child feels welcome just as they are. You’ll notice it in a smile back, kicking legs, or arms reaching out for you.

cross-one-thing-off =
    .title = Cross one thing off today
    .body = Look at today’s list and cross off one thing that can easily wait: the laundry, the hoovering, that one email. Use the time to sit, eat or sleep. Stress and tiredness make it harder for anyone to respond calmly and in tune, so lightening your load is also caring for your child. Tomorrow there’ll be another list, and that’s fine.

worries-shared =
    .title = You don’t have to carry worries alone
    .body = Are worries weighing on you, about money, work, your relationship or your health? Mention them at the child health clinic or to your GP; they can help you look for support. Ongoing worry makes it hard to have anything left for your child, so tackling it is part of caring well. Money worries are nothing to be ashamed of; there’s often more help than you think.

half-an-hour-for-you =
    .title = Half an hour for yourself
    .body = Ask someone you trust to look after your child for half an hour today: your partner if you have one, a grandparent, a neighbour or a friend. Lie down, go for a walk or drink a cup of tea in silence. A rested adult finds patience and warmth much more easily. On your own? Lie down as soon as your child sleeps.

every-comfort-builds-the-brain =
    .title = Every comfort helps build the brain
    .body = Comfort your child today just as you always do, but pause once to take it in. A fright makes the body release the stress hormone cortisol, and your closeness helps bring it back down; doing this together often helps grow the brain areas that later handle feelings and getting along with others. After a jab or a bad dream, a moment like this is especially valuable.

in-doubt-ask-early =
    .title = Unsure? Ask early
    .body = Do you often feel you can’t ‘read’ your child, or does your child seem very anxious, constantly on alert, or unusually quiet and withdrawn? Talk it over with your child health clinic or GP, even if you’re unsure. Asking for help early is a sign of care, and there’s a lot that can help. You don’t need to wait until you’re sure; doubt is reason enough.

low-or-numb-tell-someone =
    .title = Low, anxious or no joy? Tell someone
    .body = Have you felt low, anxious or empty for more than two weeks since the birth, or found no joy in anything, your baby included? Tell the consultatiebureau (child health clinic), your midwife (verloskundige) or your GP (huisarts) today. It happens to many parents, mothers and partners alike, and it’s nobody’s fault. Asking for help is strength, and with the right support it usually gets lighter.

same-words-same-moments =
    .title = Same words for the same moments
    .body = Pick a set phrase for three moments that come back every day, and use it each time today: ‘Time for a clean nappy’, ‘Let’s eat’, ‘Sleep well, see you soon.’ Familiar words make the day predictable, and what’s predictable feels safe. Grandparents and sitters can use the same little phrases.

one-anchor-on-a-messy-day =
    .title = On a messy day, keep one anchor
    .body = Is everything upside down today, because of work, illness, visitors or plain chaos? Keep one fixed anchor in place, like the sleep song or the cuddle after a meal. A child copes better with ups and downs in the day, and in your mood, when something stays the same. During a house move, a hospital stay or a family feast, an anchor like this matters all the more.

a-bad-day-breaks-nothing =
    .title = A bad day breaks nothing
    .body = Was today full of crying, rushing and short fuses, your child’s and yours? End it with one small gesture: a hand on their back, a song, a soft ‘We’ll try again tomorrow.’ A bond grows over many days, through attention that’s good enough on average, not through one perfect day. A close like that is for you as well: a gentle line under the day.

your-child-knows-you =
    .title = Your child knows you, not the picture
    .body = Catching yourself comparing with other parents today, online, in the family or at a birthday party? Put the comparison aside on purpose, for instance by not opening a certain app for a day. Your child doesn’t need an ideal, they need you, with your own way of doing things.

count-your-comebacks =
    .title = Count your comebacks today
    .body = Today, rather than noticing what went wrong, notice the times you came back: you picked your child up after all, you caught a signal late, you softened a cross look. Coming back after a miss isn’t patching up a failure, it’s exactly how a secure bond grows.

write-down-one-moment =
    .title = Write down one small moment
    .body = Jot down one small moment today when your child found support in you: a comfort, a game, a look of recognition. Ordinary moments like these pile up into self-confidence, resilience and, later on, the ability to make friends. You’ll notice it when you read back and see how much you’re already giving, even on days that felt heavy.

what-you-do-matters =
    .title = Show them: what you do makes a difference
    .body = Pick one of your child’s signals today, such as a particular sound, a whimper or an outstretched hand, and respond to it every single time. Your child discovers that they can make something happen, an early building block of self-confidence. The bath is a good place to start, with a splashing hand or a happy squeal.

fill-your-own-tank =
    .title = Fill your own tank too
    .body = Have a glass of water and something filling to eat before the next feed, meal or bath today. It sounds small, but patience is much harder to find when you’re hungry, thirsty or running on empty, so looking after yourself is simply part of looking after your child. A bottle of water and a snack by your feeding spot make it easy.

who-to-call-when-its-too-much =
    .title = Who will you call when it’s too much?
    .body = Think today about who you could call or message when things get too much, and let them know: ‘Can I ring you if I get stuck?’ Asking for help is a strength, and a child benefits from adults who don’t have to carry everything alone. Put that name at the top of your favourites.
