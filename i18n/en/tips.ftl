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


first-ward-visit-just-arrive =
    .title = Your first visit to the neonatal ward
    .body = Going to see your baby on the neonatal ward for the first time today? Ask a nurse to stand beside you and explain what you see: the tubes, the sensors, the beeps. Then simply look at your baby and softly say hello; among all the strange sounds, your voice is something familiar. Nothing more is needed this first time. You’re not a visitor but the parent, so do ask what you can do today.

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

ask-for-an-interpreter-on-the-ward =
    .title = Doctors hard to follow? Ask for an interpreter
    .body = Is Dutch not your first language, and do talks with doctors and nurses go too fast? Ask today whether an interpreter can come to the next talk or join by phone; hospitals often use them. Try not to let a child or relative translate. Understanding what’s happening with your baby leaves you calmer for your baby. Home already, or nearly? Ask at the consultatiebureau (child health clinic) too.

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

a-setback-on-the-ward =
    .title = A setback on the ward
    .body = Does your baby need extra oxygen again today, a drip, or a move back into the incubator? Steps back like this happen to many babies born early, and still they hit hard. Ask a nurse to explain in plain words what it means, and what you can still do today: a hand, your voice, one care task. Call someone who will come and sit beside you. You don’t have to put on a brave face.

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

home-from-the-ward-never-shake =
    .title = Home from the ward and at your limit? Never shake
    .body = Home soon, or just home? There’s no nurse there to take over. Does the crying make you angry or desperate, especially after nights of little sleep? Never shake your baby, not even for a moment: a small baby can be injured for life. Lay your baby on their back in their own cot, leave the door ajar and step away for a few minutes. Call or text someone. Calmer? Go back. Agree now who you’ll call.

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


childcare-intro-watch-the-comforting =
    .title = Meeting the childcare: watch how they comfort
    .body = Going to meet a childcare centre or a childminder (gastouder)? Pay most attention to how they handle a crying baby: is the baby picked up quickly, spoken to calmly and comforted? Also ask who your baby’s regular faces will be. A baby bonds with a few people who are there often and respond warmly. Already going there? Then stay for ten minutes at drop-off one day and watch.

birth-story-told =
    .title = Is the birth still on your mind? Tell it
    .body = Do you keep going back to the birth, because it went differently than hoped, was frightening or very fast? Today, tell the whole story to someone who listens. You can also ask your midwife (verloskundige), the hospital or your GP for a follow-up talk. A birth is a big transition, for the person at your side too; once it has found its place, there’s more room for your baby. Bit by bit is fine.

vaccination-day-on-your-lap =
    .title = Vaccination day: hold your baby close
    .body = Is your baby due a jab at the consultatiebureau (child health clinic) today or soon? Ask if you can hold your baby on your lap, tummy against you, and keep talking softly. Straight after, offer breast, bottle or a firm cuddle: your familiar body and voice help your baby settle after the shock. A short, sharp cry is normal and usually fades in your arms. Already done? Keep this for next time.

evening-after-the-jab =
    .title = The evening after the jab: stay extra close
    .body = Is your baby clingier, more tearful or sleepier than usual after a jab? Cancel the evening’s plans and keep your baby near you: in your arms, in the sling or beside you on the sofa. A baby who feels off needs you all the more, and you can simply give that. Does your baby feel hot, drink poorly, or are you unsure? Call your GP, or in the evening and at weekends the out-of-hours GP (huisartsenpost).

soft-start-back-at-work =
    .title = Plan a gentle start back at work
    .body = Going back to work soon? See today whether you can start with a few shorter days or midweek, and plan a practice day before the real start, when your baby is already with the sitter or at childcare. Then your first working day isn’t also the first day without you, and you have more calm left for pick-up. Not possible, or already back? Then keep the evenings after work as empty as you can.

follow-my-face-slowly =
    .title = Let your baby follow your face
    .body = At a calm moment, hold your face about thirty centimetres above your baby, make eye contact, then move very slowly a little to the left. Do their eyes follow? Come back, then go a little to the right. Your baby is practising looking, and your face is the best thing there is to practise on. Lost you? Wait until their gaze finds you again. If your baby turns away completely, that’s enough for now.

speak-your-own-language =
    .title = Talk to your baby in your own language
    .body = Do you speak more than one language at home? Today, talk, sing and comfort in the language you feel most at home in, even if it isn’t the language around you. In your own language your warmth and your jokes sound most real, and your baby hears that. If another carer speaks a different language, let them use their own too. A baby copes perfectly well with two languages side by side.

still-crying-a-lot-after-the-peak =
    .title = Still crying a lot every day?
    .body = Hoping the crying would ease after about six weeks, but your baby still cries for long stretches every day? That doesn’t mean you’re doing anything wrong. Call the consultatiebureau (child health clinic) this week and look together at what could help. Meanwhile, have someone take over for an hour or so each day. At your limit? Lay your baby on their back in their own cot and step away.

one-question-for-the-clinic =
    .title = Take one question to the clinic
    .body = Before your next consultatiebureau (child health clinic) appointment, write down what’s really on your mind, even if it seems small or silly: crying, sleep, your mood, or how contact with your baby feels. Ask it first, so it doesn’t get lost. Nobody expects you to know everything already; asking questions is simply part of caring well. Forgot? You can still phone afterwards.

grandparent-babysits-first-time =
    .title = A grandparent babysits for the first time
    .body = Is a grandparent or another trusted person about to babysit for the first time? Meet up together beforehand, ideally where the babysitting will happen, and show how you feed, change, comfort and put your baby to sleep: on their back, nothing soft in the cot. Keep the first time without you short; an hour is plenty. Your baby gets to know them in small steps. After that it can be longer.

mixed-feelings-about-work =
    .title = Keen on work and sad too? Both are fine
    .body = Looking forward to work, yet finding it hard to say goodbye to your baby? Or do you mostly feel relief, or mostly guilt? All of it is allowed, often mixed together. Say it out loud to someone today. Your baby doesn’t need a parent who is always home, but one who is really there when you’re together, and steady, warm people while you’re away. The feeling often shifts after the first weeks.

bottle-from-another-carer =
    .title = Whoever gives the bottle looks at your baby
    .body = Will someone else soon give your baby a bottle, with expressed milk or formula? Practise together today: let them hold your baby in their arm, half upright with the face turned towards them, talking or humming calmly while your baby drinks. A feed is more than food: it’s looking and contact, whoever gives it. Does your baby refuse while you’re around? Leave the room for a while.

still-sore-after-the-birth =
    .title = Still sore from the birth?
    .body = A few months on, still in pain when sitting, lifting, peeing or having sex, or leaking urine? You don’t have to put up with it quietly. Talk to your GP (huisarts) or midwife (verloskundige); there is often help, for example from a pelvic floor physio. Pain eats patience and energy, for your baby too. Letting yourself be cared for is part of caring. Many parents have this; no need for shame.

nights-on-your-own =
    .title = Nights on your own? Set everything out
    .body = Is your partner back at work, working nights, or are you doing this alone? Tonight, put everything for the night within reach: water, something to eat, nappies, a clean vest, a soft lamp. The less you have to search, the calmer you go to your baby, and soft light keeps the night calm for you both. Did a night go badly? Then you’re allowed to ask for help the next day.

thin-walls-neighbours-hear-crying =
    .title = Worried the neighbours hear the crying?
    .body = Thin walls, and are you lying awake thinking the neighbours hear everything? Don’t let that rush you or keep you from going to your baby. Pop a short note through their door or say it on the doorstep: ‘We have a baby who sometimes cries at night; we’re doing our best.’ Most neighbours react more kindly than you fear. Without that worry you go to your baby more calmly, and your baby feels it.

crying-in-public-look-at-your-baby =
    .title = Crying on the bus or in a shop? Look at your baby
    .body = Does your baby start crying in the supermarket, on the bus or in a waiting room, and can you feel people watching? Turn your attention to your baby, not to the people around you: pick your baby up, talk softly and take the time it takes. A crying baby doesn’t mean you’re doing something wrong; your baby is simply asking for you. Someone makes a remark? ‘We’re fine, thanks’ is enough.

how-do-i-seem-lately =
    .title = Ask someone: how do you think I’m doing?
    .body = For many parents, the teary days after the birth pass within a few weeks. Today, ask someone who knows you well: ‘How do you think I’m doing?’ Someone else sometimes notices before you do that you stay low, irritable or flat. This goes for a parent who didn’t give birth too. Do you recognise it? Then talk about it at the consultatiebureau (child health clinic) or with your GP.

smiles-for-everyone =
    .title = Your baby smiles at everyone? Lovely
    .body = Do the cashier and the neighbour get a beaming smile too these days? That’s very normal in these months: your baby loves faces, but settles fastest with whoever cares for them most. So enjoy every smile your baby gives away. Today, notice what happens when your baby is tired or upset: then it’s usually familiar arms they look for.

first-visits-leave-in-time =
    .title = On a visit: go home while it’s still fun
    .body = Visiting family or friends with your baby for the first time? Decide beforehand how long you’ll stay, and leave as soon as you see the first signs of ‘enough’: looking away, yawning, getting jumpy. A short visit that ends well beats a long afternoon that ends in overtired crying. Stayed too long after all? It happens to everyone; next time you’ll know the limit better.

car-seat-your-voice =
    .title = In the car seat: let them hear your voice
    .body = Your baby can’t see you in the car and starts crying? Keep talking or singing, even if you’re driving: your voice says you’re there. If someone else is driving, sit next to your baby. If your baby really needs comforting, stop somewhere safe and take them out of the seat for a moment. Does your baby cry on nearly every drive? Where you can, set off after a feed and a clean nappy.

walk-with-another-parent =
    .title = Go for a walk with another parent
    .body = Are you at home alone with your baby a lot? This week, arrange to meet another parent of a young baby, from a course, the neighbourhood or the consultatiebureau (child health clinic) waiting room, for a walk or a coffee. Talking to someone going through the same thing lightens the days, and with a bit more energy you have more patience too. No need to compare: every baby has their own pace.

contact-naps-on-you =
    .title = Does your baby only nap on you?
    .body = Does your baby only fall asleep in your arms or the carrier during the day, and wake as soon as you put them down? That’s very common at this age, not a bad habit: close to you feels safe. Enjoy it when it suits you. Getting drowsy yourself? Then lay your baby on their back in their own cot. Want your hands free more often? Try one nap a day in the cot, with the same song first.

copy-your-babys-face =
    .title = Copy your baby’s faces
    .body = Does your baby stick out their tongue today, make an ‘O’ mouth or frown? Copy it, up close and a little exaggerated, then wait to see what your baby does back. You become a living mirror: your baby sees that what they do reaches you. Sometimes the face comes back, as if you’re playing a game. No response? Try again tomorrow when your baby is wide awake.

video-call-with-grandparent =
    .title = Video calls with a grandparent far away
    .body = Do grandparents or other loved ones live far away, perhaps in another country? Make a short video call today, with your baby on your lap so they see your face too. Let the other person sing a song or talk in their own language, and react warmly yourself. Your baby gets to know that voice and face a little, and the family bond stays warm. Keep it short: a few minutes is enough.

film-once-then-be-there =
    .title = Film it once, then just watch
    .body = Want to capture that smile or babble? Film it once, then put your phone away and carry on with your face close to your baby’s. Behind a screen your baby sees only a phone and misses your eyes and your smile back, while it’s exactly that answer that makes the moment. You have the clip; the rest is for the two of you. There’ll surely be another smile tomorrow.

hands-discovered =
    .title = Your baby discovers their hands
    .body = Is your baby gazing intently at their own hands today, or playing with their fingers? Let it happen and don’t interrupt straight away with a toy or a song. Stay nearby and at most say softly: ‘Those are your hands.’ Your baby is discovering something all by themselves, and you show that this is allowed. Does your baby look at you afterwards? Then it’s your turn.

fist-in-mouth-signal =
    .title = Fist in mouth: hunger or self-soothing?
    .body = Does your baby often suck on a fist or fingers? Watch today what else is happening. If your baby is also rooting, smacking their lips or getting restless, it’s often hunger. If they lie there contentedly, it may be an early way of calming themselves a little. Then don’t take the hand away, and stay close. In doubt? Feel free to offer a feed; your baby will show you whether it was hunger.

little-hands-massage =
    .title = Massage those little hands
    .body = Take one of your baby’s hands in your warm hand today, stroke the palm with your thumb and let each little finger slide through your fingers. A drop of plain, unscented oil is fine but not needed; never use nut or olive oil. Sing or count softly as you go. If the fist closes tight or your baby pulls the hand back, that’s enough. Tomorrow it’s the other hand’s turn.

swipe-at-a-toy =
    .title = Let your baby swipe at a toy themselves
    .body = Is your baby lying on their back? Hold a rattle or soft toy just within reach above them today, and wait. Don’t put it in their hand; let your baby swing and hit it themselves. If it rattles, look surprised and make a happy sound. This is how your baby discovers cause and effect: my arm moves, and something happens. Not yet? Hold the toy closer, or try again in a few weeks.

your-stretches-on-the-play-mat =
    .title = Your exercises, next to your baby on the mat
    .body = Want to do something for your body again, but no one to mind the baby? Roll out your mat next to your baby’s today and do a few gentle exercises or stretches, as much as your body can manage now. In between, pull silly faces, count aloud and say what you’re doing. Your baby watches, fascinated, and you get something for yourself without leaving. Not today? The mat is still there tomorrow.

twins-no-labels =
    .title = Twins: two children, no labels
    .body = Do you have twins? Then everyone soon asks: ‘Which one’s the easy one?’ And before you know it, one is ‘the crier’ and the other ‘the calm one’. Today, notice something each baby enjoys, separately from the other, and tell that to whoever asks. Babies change fast, and each one deserves to be seen as they are now, not as half of a pair. Everyone compares now and then; letting it go is what counts.

bath-song-with-a-splash =
    .title = A bath song with a splash
    .body = Make a game of bath time today: hold your baby securely, sing the same short song each time and at the end let your hand splash gently in the water. If your baby kicks, answer with ‘splash!’ and a smile. A fixed song makes the bath predictable, and your reply to every kick turns it into a little conversation. Does the splash make your baby jump? Then make it smaller.

dressing-pause-when-protesting =
    .title = Dressing turns into crying? Take a pause
    .body = Does your baby start crying while being dressed today, halfway through a sleeve or with a top going over the head? Stop for a moment, hold your baby against you half-dressed, wait for the crying to ease, then carry on calmly. That shows protest is heard, even when dressing still has to happen. Doesn’t help? For the coming weeks, choose clothes that open and close easily.

calmer-evenings-look-back =
    .title = Calmer evenings? Look back at what you did
    .body = Is your baby crying less in the evenings than a few weeks ago? For many babies the crying eases around this age. Take a moment today to think about what you did in those hard weeks: carrying, rocking, staying when nothing helped. That wasn’t for nothing; your baby learned that someone stays. Tell someone, or write it down. If the crying returns one evening, you now know what you can do.

three-days-of-sleep-notes =
    .title = Discover your baby’s own sleep rhythm
    .body = For three days, jot down briefly when your baby falls asleep and wakes up, without changing anything. Around this age many babies slowly develop a pattern of their own, and on paper you often see it sooner than in your head. If your baby keeps falling asleep around the same time, you can shape the day around that a little. No pattern yet? Also fine; it often comes later.

stay-on-the-page =
    .title = Stay on the picture your baby is looking at
    .body = Take a picture book today and, as you read, watch where your baby is looking. If their gaze lingers on the duck or the red ball, don’t turn the page straight away; talk about that picture: ‘Do you see the duck? Quack!’ You follow your baby instead of the story, and your baby feels that what interests them matters. Does your baby look away from the book? Then the story is over for today.

feeding-with-a-big-sibling-beside-you =
    .title = Feeding with a big brother or sister nearby
    .body = Does your older child want attention just when you’re feeding the baby? Today, set out a basket with a few books or something to do that only comes out at feeds. Let your eldest sit next to you, and read or chat together while the baby drinks. Your baby hears your voice, and your eldest isn’t left out. Doesn’t work one time? A wink and ‘your turn soon’ is fine too.

tell-your-baby-about-your-day =
    .title = Tell your baby about your day
    .body = During a feed or a walk today, tell your baby about your day, or about the past: what the house you grew up in looked like, what you had for lunch, who phoned. Your baby doesn’t understand the words, but enjoys your voice with all its ups and downs, and hears lots of language this way. You don’t have to be funny or clever: an ordinary story is good enough. Run out of words? Humming works too.

what-you-know-about-your-baby =
    .title = What do you know about your baby now?
    .body = Write down three things today that you know about your baby now and didn’t know just after the birth: how they like to be carried, which sound calms them, what makes them laugh. That is exactly what your baby needs: someone who sees who this child is, without comparing them with others. Ever doubt whether you really know your baby? Now you have it in black and white. And add to it in a month.

tension-at-home-soft-voice =
    .title = Tension at home? Keep your voice soft near your baby
    .body = Are things getting heated today, with your partner, a relative or on the phone? Put the talk off until your baby is asleep or elsewhere, and speak calmly around your baby. Babies feel tension in voices and bodies, even without understanding a word. Agree on a pause word together, like ‘Later’: we’ll carry on once the baby is asleep. Then nobody has to drop the conversation.


your-own-parent-is-ill =
    .title = When your own parent is ill
    .body = Is your father or mother ill, and are you rushing between the hospital, their home and your baby? Today, cross one thing off the list and ask someone to take over a visit or an errand. Take your baby to a short visit if allowed and it suits you both; a baby’s face often cheers someone who is ill. You needn’t be everywhere at once: one calm hour with your baby counts. Worry and sadness are allowed.

settling-in-do-the-care-there =
    .title = Settling in: care for your baby there yourself
    .body = Are you settling in at childcare or with a childminder (gastouder)? Give a bottle or change a nappy there yourself while the regular carer watches. They see how your baby likes to be held, and your baby sees you at ease in the new room. A little of your familiarity rubs off. Next time, swap roles: the carer does it and you watch.

arms-to-arms-handover =
    .title = Hand over from arms to arms
    .body = Taking your baby to childcare, the childminder or the grandparents today? Hand your baby straight into the other person’s arms, with a calm face and a friendly word to them. Your baby reads your face: if you’re at ease with this adult, it feels safer for your baby too. A lump in your throat? That’s allowed. Wave calmly; your own tears can come afterwards.

ten-spare-minutes-in-the-morning =
    .title = Ten spare minutes in the morning
    .body = On workdays, set your alarm ten minutes earlier, or lay out bags and clothes the night before. Not to do more, but to do things more calmly: dressing without a rush, sitting together for a moment before you leave. Babies pick up on hurry, and a calm start gives them something to hold on to all day. Running late anyway? One unhurried cuddle at the door is enough.

a-call-to-childcare-is-fine =
    .title = It’s fine to call childcare
    .body = In the first weeks, do your thoughts at work keep drifting to your baby? Ask childcare or the childminder whether you can ring, or get a message about how it’s going. That isn’t being a nuisance: they’re used to it, and a settled mind makes tomorrow’s goodbye calmer too. Hear that your baby cried for a bit and then played again? That’s exactly how settling in goes.

pumping-at-work-a-pause-for-you =
    .title = Pumping at work: a break that’s yours
    .body = Expressing milk at work? Find a quiet spot, turn off notifications and look at a photo or video of your baby for a moment. Many parents find it helps them relax, and in your thoughts you’re together for a while. Less milk than hoped, or pumping getting too much? Talk to the consultatiebureau (child health clinic). Feeding your baby in whatever way works is good enough.

cranky-evening-after-childcare =
    .title = Weepy after a childcare day? Keep the evening small
    .body = Is your baby weepy or clingy at home after a childcare day, even though it went well there? A day full of new faces and sounds is hard work for a baby, and with you that tiredness can come out. So keep the evening small: no visitors, simple food, lots of lap time, an early night if it helps. It says nothing bad about the childcare or about you. It often eases once the new rhythm feels ordinary.

ask-what-made-them-laugh =
    .title = At pick-up, ask: what made my baby laugh?
    .body = At pick-up today, don’t just ask how your baby slept and fed, but also what made them laugh. Then copy that game or sound at home. Home and childcare start to weave together a little, and your baby finds the same fun things in both places. Share what works at home too, so you build up a set of games you both know.

your-day-out-their-day-together =
    .title = Your day out, their day together
    .body = Does the other parent, or another regular carer, have a set day alone with your baby? Then really go out and don’t send instructions in between. Someone alone with a baby learns to read the signals fastest on their own. Their own way of comforting or playing isn’t a mistake but an extra bond for your baby. In the evening, ask with curiosity what they discovered together.

well-meant-advice-from-family =
    .title = Well-meant advice from all sides
    .body = Does your mother, father-in-law or aunt say your baby is dressed too thinly, or that ‘in our day we did it differently’? Pick one friendly sentence to use every time: ‘Thanks, this is how we do it now.’ Not sure whether some advice is right? Ask the consultatiebureau (child health clinic), then decide yourself. You know your baby best. And sometimes there’s a gem in the advice; keep it.

sick-day-plan-familiar-face =
    .title = A plan for sick days, with a familiar face
    .body = Babies at childcare often catch colds or bugs in the early months, and sometimes can’t go in. Think now, on a calm day, about who could be with your baby then: you, another parent, or a grandparent or friend your baby already knows. A poorly baby mostly needs someone familiar. Have that person drop by now and then, so their face stays known.

laughed-out-loud-do-it-again =
    .title = A real laugh? Do it again
    .body = Did your baby laugh out loud today, at a raspberry on the tummy, a silly voice or a sudden ‘boo!’? Do it again, and again, pausing each time. Laughing together connects you, and your baby discovers that the two of you can make fun happen. Watch for the tipping point, though: hiccups, looking away or a laugh turning shrill mean it’s enough.

a-cold-or-fever-extra-close =
    .title = A cold or a fever: extra close
    .body = Does your baby have a cold or a fever? They often want to be carried more and sleep more restlessly. Give that closeness freely: comfort doesn’t cure, but it helps a baby through a rough day. Call your GP, or the huisartsenpost (out-of-hours GP service) in the evening and at weekends, if you’re worried, for example if your baby drinks poorly, is floppy, breathes with effort or cries differently.

weekend-needs-no-catching-up =
    .title = The weekend doesn’t have to make up for anything
    .body = Working during the week, and does the weekend feel like the time to make up for it all? No need. Your baby doesn’t need outings, just ordinary time with you: breakfast together, a walk, lying on the floor chatting. Cross one plan off the coming weekend and leave the space empty. Those slow hours are exactly where your bond grows, and you get to catch your breath too.

grabbing-hair-and-glasses =
    .title = Grabbing your hair or glasses?
    .body = Is your baby pulling at your hair, glasses or necklace today? That isn’t naughtiness: grabbing is new and exciting. Calmly peel the fingers loose, say ‘ow, that pulls’ in an even voice, and offer your finger or a toy instead. From your face and voice, your baby learns what grabbing does to someone else, without a fright. On busy days, tying your hair back helps too.

everything-goes-in-the-mouth =
    .title = Everything goes in the mouth: let them explore
    .body = Does everything your baby grabs go straight into their mouth? That’s how they explore the world: hard, soft, cold, bumpy. Today, offer a few clean, safe things, like a wooden ring or a flannel, and mostly just watch. Name what you see: ‘Oh, that one’s cold!’ Keep small things out of reach. Does your baby glance up at you in between? Then it’s a discovery you share.

a-book-to-chew-on =
    .title = A book can go in the mouth too
    .body = Does your baby grab at the book when you read? Choose a sturdy cloth or board book with bits to feel, and let your baby hold it, turn it and chew on it. Just say what there is to see, even if it’s only one page. At this age, reading is mostly holding something together and hearing your voice. Turned into wild grabbing? There’s another page tomorrow.

far-from-family-swap-babysitting =
    .title = Family far away? Swap babysitting with another parent
    .body = Does your family live far away, with nobody to mind your baby now and then? Ask a parent from your street or baby group whether you could take turns babysitting. First meet up a few times together, both babies included, so your baby knows the other adult before you leave. Start with an hour. You get some breathing space, and your baby gains a familiar face, much as an aunt would be.

dancing-with-baby-in-your-arms =
    .title = Dance with your baby in your arms
    .body = Put on some cheerful music you love today and dance round the room with your baby held snugly against you. Sway and turn gently to the beat, with no jolts and their head well supported. Your baby feels your joy in your body and your breathing. Glance at their face now and then: wide eyes and little laughs ask for more; turning away or startling ask for softer.

busy-shop-face-towards-you =
    .title = In the shop: your baby facing you
    .body = Is the supermarket or town busy today, with bright lights, music and crowds? Carry or push your baby so they can see you: in the carrier facing you, or in a pram turned towards you. When it all gets too much, your baby can then recover by looking at your face. Still too much? Wrap up and step outside; the rest can wait for another time.

party-break-before-the-tears =
    .title = At a party: a break before the tears
    .body = Going to a birthday party or a celebration? Take your baby to a quiet room or outside now and then, before any crying starts. Watch for the early signs: yawning, looking away, a tense little body or arching back and pushing away. A short break recharges your baby, who learns that you notice when it gets too much. Not enough? It’s fine to head home early.

translate-your-baby-for-visitors =
    .title = Translate your baby for visitors
    .body = Is family coming today who love holding your baby? Say out loud what you see, so they learn to read it too: ‘See how she’s yawning and looking away? She’s had enough for now.’ Or: ‘He’s looking for your face, talk to him.’ That way visitors really get to know your baby. Signals getting lost in the bustle? Kindly take your baby back for some quiet.

naps-when-the-world-is-too-fun =
    .title = Naps are tricky: the world is too much fun
    .body = Is your baby finding it harder to nap, because there’s something to see everywhere? Around this age, many babies become so curious that they run past their tiredness. Today, at the first yawn, put your baby down for a nap in a quiet, slightly dark room. With less going on, sleep comes more easily. Not working today? A stroll with the pram is fine too.

looking-around-during-a-feed =
    .title = Feeding and looking around at once
    .body = Does your baby keep pulling off during a feed to look at a noise, a sibling or the cat? That isn’t rejection: the world has suddenly become fascinating. Name it: ‘You heard the door, didn’t you?’ Let your baby look for a moment, then calmly offer again. If it happens a lot, feed somewhere quieter. Worried about feeding? Ask the consultatiebureau (child health clinic).

restless-nights-again-not-your-fault =
    .title = Restless nights again? Make a night plan
    .body = Had your baby just started sleeping a bit better, and now they wake more often at night again? Around this age, many babies’ sleep changes, because so much is new. It isn’t a step backwards or your fault. Today, make a plan for the coming nights: who gets up when, and who gets a lie-in on which morning? On your own? Ask someone to take over one morning. With a plan, the night feels less endless.

daylight-walk-after-a-broken-night =
    .title = After a broken night: go outside together
    .body = Was last night hard, and do you feel grey and short-tempered this morning? If you can, go outside today for a quarter of an hour with your baby in the carrier or pram. No goal, no errands: just walking, fresh air and daylight. Being outdoors softens many adults a little, and your baby enjoys looking around. This afternoon, do only what really has to be done.

rolled-over-and-stuck =
    .title = Rolled over and stuck? Wait a moment
    .body = Does your baby roll over and then lie grumbling on their tummy? Wait a moment before you help: lie down beside them, encourage them and see whether they keep trying themselves. Then simply help, without making a big thing of it. Your baby learns that having a go is allowed and that you’re there anyway. And now they can roll: always keep a hand on them on the changing table.

time-alone-with-the-eldest =
    .title = Time alone for the eldest
    .body = Has an older brother or sister been cross, weepy or unusually sweet since the baby arrived? Plan a quarter of an hour just for that child today, while the baby sleeps or is with someone else. Let them choose what you do, and say it: ‘This is our time.’ A child who feels seen has less need to fight for attention. Do it again tomorrow, ideally at a set time.

big-sibling-as-the-clown =
    .title = The big brother or sister as the clown
    .body = Give your older child a real role today: chief clown. Let them pull silly faces, play peekaboo or sing, and point out what the baby does back: ‘Look, she’s smiling at you!’ or ‘He’s looking away, let’s pause.’ Your eldest feels important and learns to read the baby’s signals. Do stay close, and only let them lift the baby with your help.

name-the-eldest-jealousy =
    .title = Jealous? Put the eldest’s feeling into words
    .body = Does your older child say the baby should go away, or pinch when no one’s looking? Say what you suspect, without a lecture: ‘Sometimes you hate how much attention the baby gets, don’t you?’ Being angry is allowed; hurting isn’t, so calmly move the baby away when needed. A child who hears their feeling named needs to act it out less. Jealousy mostly shows how much you matter.

fasting-plan-the-afternoon-dip =
    .title = Fasting with a baby: plan for the afternoon dip
    .body = Fasting during Ramadan while you look after your baby? The late afternoon is often hardest, with hunger, thirst and little patience. Plan the bath and shopping earlier in the day, and ask someone to take over your baby for the last hour before iftar. That keeps things calmer for you both. Breastfeeding? Talk to your GP about fasting first.

late-feast-bring-the-bedtime-steps =
    .title = A late celebration? Bring the bedtime ritual
    .body = Going to an iftar, a wedding or another family celebration that runs late? Bring the bedtime ritual along: their own sleeping bag, the same song, the same order as at home. Lay your baby on their back in a quiet room, in a safe sleeping place of their own, like a travel cot with nothing soft in it. Familiar steps make a strange place more familiar. Only sleeps once home? Fine too.

jet-lag-after-a-long-trip =
    .title = Back from far away, with the clock upside down
    .body = Back from visiting family far away, and does your baby sleep all day and lie wide awake at night? Go outside together in the morning daylight, keep feeds and bedtime to local times, and do the usual sleep steps just as always. At night: dim light, few words. Take turns with the nights if you can. Most babies’ clocks reset within a few days to a week; be gentle with yourself in the meantime.

holiday-explore-the-new-place-together =
    .title = On holiday: look around together first
    .body = Just arrived at a holiday home or with family abroad? Walk calmly through the new rooms with your baby on your arm and say what you see: ‘Here’s the window, and that’s where you’ll sleep.’ Keep the first day calm. Everything smells and sounds different, and you are the fixed point from which your baby takes in the new. Restless first nights are often part of it.

bath-together-skin-to-skin =
    .title = A bath together, skin to skin
    .body = Today, try getting into the bath together with your baby, in lukewarm water. If you can, ask another adult to hand your baby to you and take them back afterwards, so you can get in and out safely. Hold your baby against you, skin to skin, and let the water lap gently over their tummy. Your body is something to hold on to in all that water. Scary? Start with feet in the water.

sling-while-you-tidy =
    .title = In the sling while you tidy up
    .body = Does your baby want nothing but to be with you today, while the washing also needs doing? Carry them in a sling or carrier, high and close against you, with their face free and in view. Tell them what you’re doing: ‘Now we’re folding the socks.’ Your baby feels your warmth and movement, and your hands are free. Cooking or a hot drink? Put your baby down safely for that.

night-shift-morning-goodbye =
    .title = After a night shift: a set morning greeting
    .body = Do you work nights and get home just as your baby wakes up? Before you go to sleep, take five minutes for a set ritual: baby on your lap, a look into their eyes and always the same words, such as ‘Good morning, I’m off to sleep, see you later.’ Your coming and going stays predictable, even with your rhythm turned upside down. Then really sleep: rest is part of it.

parent-ill-lowest-gear =
    .title = Ill yourself? Put care in its lowest gear
    .body = Down with flu or feeling rotten, while your baby still needs looking after? Put everything in its lowest gear: feeds, nappies, and otherwise together on a mat on the floor, you lying beside your baby with a song. Do ask if someone can step in for a few hours. Getting drowsy? Then lay your baby on their back in their own cot, not with you on the sofa. A few bare-bones days do your bond no harm.

another-baby-cries-yours-joins-in =
    .title = Another baby cries, and yours joins in?
    .body = In a waiting room, at a baby group or a birthday, another baby starts crying hard, and then yours joins in? Pick your baby up, turn a little away from the sound and say softly: ‘That baby is sad. You can hear it, can’t you? You’re here with me.’ Babies are easily unsettled by each other’s crying; your calm gives something to hold on to. Not working? Step out into the corridor for a bit.

family-staying-for-weeks =
    .title = Family staying with you for weeks
    .body = Is family coming to stay for a few weeks, perhaps from far away? Lovely, and unsettling for a baby too. Agree that bedtime and night-time comforting stay with you, as do the day’s familiar steps. Give your guests special moments of their own: a walk, a song, watching at bath time. And let them cook or do the washing. Your baby gains loving people without everything changing at once.

first-spoonfuls-face-to-face =
    .title = First spoonfuls: face to face
    .body = Is your baby starting on first tastes from a spoon? The consultatiebureau (child health clinic) can help you decide when. Sit opposite your baby at eye level and first let your face show how it tastes: ‘Mmm, carrot!’ Wait with the spoon until your baby opens their mouth. Eating then becomes a moment together, not just getting food in. Hardly any went down? For now, tasting counts, not how much.


sitting-against-you-on-the-floor =
    .title = Your legs as an armchair
    .body = Is your baby still wobbly sitting up? Today, sit on the floor with your legs in a V and sit your baby between them, back against your tummy. Put a toy just within reach. With your body as a backrest, your baby dares to lean forward and look around. If they topple, catch them calmly: ‘Oops, I’ve got you.’ Tomorrow, put the toy a little further away.

pram-nap-wake-up-to-your-face =
    .title = Waking up in the pram? Show your face first
    .body = Has your baby fallen asleep in the pram? When they start to stir or squeak, stop and lean over the pram: ‘Hey, are you awake? I’m here.’ Waking under a hood, with everything gliding past and nobody in sight, can give a baby quite a fright. A familiar face first makes it gentler. Tears anyway? Lift your baby out for a cuddle.

squeal-and-whisper-game =
    .title = A squealer? Whisper back
    .body = Is your baby discovering everything their voice can do today: squealing, crowing, growling? Join in first, then turn it into a loud-and-soft game. When your baby squeals, whisper back; wait and watch them listen. A softer sound may come back. That way making sounds becomes something you do together, taking turns. And if your baby squeals on the bus later? You’ll have your whispered answer ready.

nails-in-small-rounds =
    .title = Trimming tiny nails: not all in one go
    .body = Do your baby’s nails need trimming, but they keep pulling their hand away? Pick a calm moment, such as during a feed or just after they’ve dropped off, and use baby scissors or a file. Hum softly, one finger per line. If your baby pulls back, stop and do the rest later: that way care stays a calm moment together, not a battle. Five today and five tomorrow still gets it done.

rolled-off-comfort-first =
    .title = Rolled off the sofa or bed? Comfort comes first
    .body = Did your baby roll off the sofa, bed or changing table today, just as you looked away? It happens to lots of parents, especially now babies start rolling unexpectedly. Comfort first: the guilt can wait, it’s your arms they need. Worried, or is your baby not their usual self? Call your GP or the out-of-hours GP (huisartsenpost). From now on, play on the floor, and keep a hand on them when changing.

touched-out-take-a-break =
    .title = Touched out today? Take fifteen minutes of space
    .body = Has there been a baby on you all day, hands in your face and hair, and now you long for no one to touch you for a while? Lots of parents know that feeling, and it doesn’t mean you love your baby any less. Hand your baby to someone else for fifteen minutes, or lay them safely on a mat beside you, and have a drink with no little hands. With some space, closeness feels good again.

weather-massage-on-the-back =
    .title = A weather report on the back
    .body = Won’t your baby lie still for a massage any more, now that rolling is far more fun? Then massage their back while they sit upright against you on your lap, simply over their vest. Make it a weather report: tapping fingertips (‘It’s raining!’), long strokes (‘The wind is blowing’), warm still hands (‘The sun’s out’). That keeps calm touch part of your day. Baby wants to go? Then the weather’s over.

little-hands-on-your-face =
    .title = Let your baby explore your face
    .body = Is your baby grabbing your nose, mouth or glasses today? Hold your face still for a moment and let those hands explore. Softly name what they touch: ‘That’s my nose. And here’s my chin.’ Your face is the most interesting thing in the house to your baby, and all this touching is a way of coming close. Then touch your baby’s nose: ‘And this is your nose!’

money-post-opened-together =
    .title = Money worries? Don’t open the post alone
    .body = Leaving envelopes unopened because money is tight? Open them today with someone you trust. Your gemeente (municipality; in Belgium the OCMW) can often help for free with money worries and debts; the consultatiebureau (child health clinic) can point the way. Money stress eats patience and energy your baby needs too, so seeking help is caring for your baby. No shame: it happens to many families.

a-familiar-book-in-the-bag =
    .title = A familiar book in the nappy bag
    .body = Today, pop a sturdy book you often read at home into the nappy bag. Bring it out when things drag on or feel exciting: in the waiting room, on the train or at relatives’. Read it with the same voices as at home. In a strange place, the familiar pictures and your reading voice are a little piece of home. Does everything go in the mouth? Choose board or cloth that can take it.

missing-your-old-life =
    .title = Missing your old life sometimes? That’s allowed
    .body = Do you sometimes miss life before the baby: lie-ins, going out on a whim, your work, time to yourself? Quite normal, even if you adore your baby. Today, do one small thing from before, with or without your baby: your music up loud, a run, a call to a friend. Finding a bit of yourself leaves more joy to share. Low or empty for weeks? Tell your GP or the consultatiebureau (child health clinic).

milk-feed-stays-a-cuddle =
    .title = The milk feed is still a cuddle
    .body = Is your baby eating a few spoonfuls already? Then the breast or bottle feed may start to seem less important. Today, make one milk feed a deliberately quiet cuddle: in your arm, close against you, the lights a little lower. The food is changing, but the closeness of drinking stays a source of calm. Only possible at the last feed of the day? Then that one is yours.

a-cardboard-box-and-you =
    .title = A cardboard box and you
    .body = Money tight, or enough stuff in the house already? Toys needn’t cost anything. Today, put an empty box in front of your baby, tape over sharp edges and play along: drum on it, roll a ball inside, peek over the edge and duck away. Sitting steadily already? Pop your baby inside, with you right beside them. It isn’t the box that makes it exciting, it’s you joining in. Box worn out? Find another.

messy-hands-in-the-bowl =
    .title = Mess is allowed: hands in the bowl
    .body = Is your baby plunging their hands into the bowl of food today? Let them. Put an old cloth under the chair and don’t wipe their face after every bite. Feeling, squishing and smearing is how your baby discovers what food is, and that discovery is all their own. Clean up at the end, and say so first: ‘Now let’s wash your hands.’ The floor wipes clean; the curiosity stays.

first-time-in-the-pool =
    .title = First time in the pool
    .body = Off to the pool with your baby today, or to a baby swimming class? Step into the water slowly with your baby upright against your chest, your face close, and keep hold of them the whole time. Echoes, people and water are a lot of new things at once; your body and voice are what’s familiar. Watch your baby, not the group. Shivering, looking away or crying means: out, and wrap them up warm.

cot-babble-answer-from-the-landing =
    .title = Babbling from the cot? Answer from afar
    .body = Is your baby lying awake in the morning, babbling in the cot? Today, call back from the landing: ‘Good morning, I can hear you, I’m coming!’ And then really come. Your baby discovers that their voice reaches you, even when you can’t be seen yet. Tomorrow, try babbling back through the door and listen for an answer.

flying-with-your-baby =
    .title = Flying with your baby: you’re the piece of home
    .body = Flying soon, perhaps to see family? Hold your baby close during take-off and landing; many parents offer the breast, a bottle or a dummy then. During the flight, walk the aisle now and then with your baby on your arm. Everything sounds and smells different, but your body, voice and smell are the same as at home. Crying anyway? You only need to reassure your baby, not the whole plane.

two-babies-on-one-blanket =
    .title = Two babies on one blanket
    .body = Visiting someone with a baby of about the same age today? Lay or sit the two together on a blanket, each with their own parent just behind. Babies often find other babies fascinating: they stare, laugh, grab. Say what you see: ‘Look, Noor’s got socks too!’ From the safe spot beside you, your baby gets to know another child. A hand reaching for eyes or hair? Gently guide it to a hand.

own-room-you-still-come =
    .title = A room of their own: you still come as fast
    .body = Has your baby recently moved into their own room? Today, make sure you can hear them well, with a baby monitor or a door left ajar, and go to them just as quickly as when the cot was beside you. Your baby learns that a wall in between changes nothing about who comes. Keep everything else about sleep the same: on their back, in a sleeping bag, no cuddly toys, pillows or cloths in the cot.

same-walk-same-stop =
    .title = The same walk with the same stop
    .body = Often out walking with your baby? Today, pick one fixed stop on your usual route: the ducks at the pond, the big tree, the baker’s on the corner. Stop there every time, say the same little phrase, ‘Hello, ducks!’, and look together for a moment. A fixed point makes the walk predictable, and what your baby can expect feels safe. After a while they may start kicking just before the corner.

spat-out-try-again-another-day =
    .title = Spat it out? Another chance another day
    .body = Does today’s new food come straight back out, or are the lips clamped shut? Say lightly, ‘Not today, then’, and clear it away, without forcing or grumbling. Lots of babies need to taste something new many times before they like it, and a relaxed table matters more than an empty bowl. Offer it again in a few days. Worried about eating or growth? Ask the consultatiebureau (child health clinic).

grass-under-bare-feet =
    .title = Grass under bare feet for the first time
    .body = Dry and not too cold? Sit your baby on a blanket at the edge of the grass, take their socks off and let feet or hands feel the grass. With something new, your baby often looks at your face first. Show you enjoy it: ‘Tickly? Have a feel!’ Your relaxed face tells your baby it’s safe. Watch what goes in the mouth. Feet pulled back? Try again tomorrow, or with sand.

give-and-take-thank-you =
    .title = Give and take: ‘For me? Thank you!’
    .body = Is your baby passing a toy from one hand to the other today? Hold your open hand alongside: ‘For me?’ If they manage to let go, say a delighted ‘Thank you!’ and hand it straight back. Giving, getting and giving again is a first back-and-forth with objects, and your baby discovers: what I do makes something happen. Not letting go yet? Turn it round: you give, your baby takes.

phone-call-baby-on-your-lap =
    .title = A call to make? Tell your baby, then come back
    .body = Need to make a call today while your baby wants you? Take them on your lap or put them where they can see you, and say it first: ‘I’m making a call, then I’m all yours again.’ Keep a hand on your baby. Afterwards, really put the phone away: ‘There, I’m back.’ Your baby learns that your attention can go away for a bit and come back. Grizzling during the call? Perfectly normal.

photos-of-the-first-weeks =
    .title = Look through the photos of the first weeks together
    .body = Today, with your baby on your lap, get out the photos from the first weeks. Tell the story: ‘Look how tiny you were. You held my finger so tightly.’ Your baby doesn’t understand the words yet, but hears your warm voice and sees your face. And you see how much you’ve already been through together, the hard days too. Was the start difficult? Tell it as it was; it’s part of your story.

light-spot-on-the-wall =
    .title = A spot of light that vanishes and comes back
    .body = Sun through the window, or a torch to hand? Use a small mirror or the torch to make a spot of light dance on the wall, never in your baby’s eyes. ‘Where’s the light? There!’ Hide it behind your hand for a moment and let it reappear. Through play your baby learns that what’s gone can come back, and that you bring it back. Baby looking at you instead of the light? Best turn of all.

sitting-up-roll-a-ball =
    .title = Sitting up? Sit face to face
    .body = Can your baby sit alone for a little while, with cushions around for when they topple? Today, sit opposite them on the floor, your feet almost touching theirs, and roll a soft ball slowly towards them. If they grab it or push it back, cheer. Sending something back and forth at the same eye level is a new kind of playing together. If they tip over: a quick comfort and back up again.

twenty-minutes-as-a-couple =
    .title = Twenty minutes together, no nappy talk
    .body = Raising your baby with a partner? Plan twenty minutes for the two of you this week, while your baby sleeps or is with someone you trust: tea on the sofa, a walk round the block. Don’t talk about sleep, food or chores for once. Parents who feel backed up by each other often have more patience left for their child. On your own? Plan those twenty minutes with a good friend or family member.

visiting-a-great-grandparent =
    .title = Visiting a great-grandparent
    .body = Taking your baby to see a great-grandparent or another elderly relative today? Keep your baby on your lap, close to them, and let an old hand gently touch a little hand. Sing a song together that everyone knows. Watch your baby: a strange room, new smells and a new face are a lot at once; when your baby looks away or squirms, that’s enough. A short visit that feels good is a gift for everyone.

blanket-tent-for-two =
    .title = A sheet tent for the two of you
    .body = Rainy day indoors? Drape a sheet over two chairs or the table and crawl under together, your baby beside you on a blanket or on your lap. The light goes soft, sounds go muffled, the world shrinks to just you two. Sing softly, or lift a corner: ‘Who’s in there? You!’ A den of your own shows your baby you’re fully there, no phone, no rush. It’s for playing; sleep stays in their own cot.

after-an-argument-in-earshot =
    .title = Argued while your baby was there?
    .body = Were there harsh words today between you and another adult, with your baby nearby? Babies hear the tension in voices, even without understanding a word. Afterwards, pick your baby up calmly and speak softly: ‘That was a loud voice, wasn’t it? It’s all right now.’ If you can, let them see you being friendly with each other again. Not feeling safe at home? Talk to your GP.

say-whats-on-the-spoon =
    .title = Say what’s on the spoon
    .body = Is your baby having a few spoonfuls today? Say what’s on the spoon while they look, smell and taste: ‘This is banana. Soft and sweet.’ Or: ‘Warm, let’s blow on it.’ Talk in whichever language comes easiest to you; at home that can be your own. Your baby hears the word just as they taste the thing, and that’s how words get meaning. Eating too? Say what’s on your plate as well.

cautious-or-bold-own-style =
    .title = Cautious or bold: your baby has their own style
    .body = Watch today how your baby approaches something new: an unfamiliar toy, a dog, a new taste. Do they grab straight away, or look for a long, careful while first? Both are fine. Give a careful baby time, and keep a hand near a bold one. Say what you see: ‘You like a good look first, don’t you?’ That way your baby feels seen, just as they are.

not-shy-knows-their-people =
    .title = Not shy: your baby knows their own people
    .body = Does your baby suddenly cry today with someone who could hold them easily before, an aunt or a neighbour? And does someone say ‘So shy!’ or ‘Spoilt!’? Answer kindly: ‘Our baby knows very well now who their people are.’ From around six months many babies grow wary of less familiar faces; it’s a step forward, not a character flaw. Your baby hears in your tone that they’re doing nothing wrong.

call-their-name-and-wait =
    .title = Call their name and wait for them to turn
    .body = Is your baby sitting and playing a little way from you today? Say their name cheerfully and wait. Many babies around this age start turning when they hear their name. If yours turns round, reward it with a big smile and ‘Yes, I mean you!’ That way their name becomes a sound that means: someone wants to connect with me. Try to use it more often for nice things than for ‘no’.

stranger-leans-over-the-pram =
    .title = A stranger leans into the pram? Step in
    .body = Does a stranger lean over the pram today, in a shop or on the street, and your baby’s lip starts to wobble? Move beside the pram, put a hand on your baby and talk to them: ‘That lady thinks you’re lovely. I’m here.’ You may kindly ask the other person to step back a little. Your baby learns that you keep watch when something feels scary, and your calm voice tells them it’s okay.


high-chair-at-the-family-table =
    .title = A place at the family table
    .body = Pull the high chair up to the ordinary meal today, where your baby sees the faces at the table, rather than feeding them separately and earlier. Eating alone with your baby? Then eat at the same time, facing each other. Talk to them too: ‘Look, we’re eating together.’ That way your baby belongs: to the faces, the noises, the chatter. Can’t manage it every day? One shared meal a week counts too.

finger-food-side-by-side =
    .title = They help themselves, you sit beside them
    .body = Sit your baby upright in the high chair today and put a few soft pieces on the tray, such as well-steamed carrot or banana. Let them grab, squash and taste. Sit calmly beside them, phone away, and stay there as long as there’s food. Your baby discovers things at their own pace, with your familiar face to look at. Mess is part of it; a towel under the chair helps.

head-turned-away-at-the-spoon =
    .title = Head turned from the spoon? That’s enough
    .body = Does your baby turn their head from the spoon today, push your hand aside or press their lips shut? Say ‘You’ve had enough, haven’t you?’ and stop, even if there’s some left in the bowl. Your baby learns that their signals are heard, at the table too. Simply offer again later or tomorrow. Unsure whether they’re getting enough? Ask at the consultatiebureau (child health clinic).

shuffling-their-own-way =
    .title = Bottom shuffling gets you places too
    .body = Does your baby shuffle along on their bottom, commando-crawl on their tummy or prefer to roll across the room? Get down on the floor today and join in their way: ‘Off you go on your bottom!’ Every baby finds their own way of getting somewhere, and cheering for theirs says: you’re fine just as you are. Still worried about how they move? Talk it over with the consultatiebureau (child health clinic).

anxious-thoughts-that-linger =
    .title = Anxious thoughts that won’t go away?
    .body = Still checking often at night that your baby is breathing, hardly able to leave your baby with anyone, or always picturing what could go wrong? Worry is part of parenting, but when anxiety starts to run your days, you needn’t carry it alone. Tell your GP (huisarts) or the consultatiebureau (child health clinic) this week, even if the birth was months ago. Good help exists. Asking is strength.

crawl-round-at-baby-height =
    .title = Crawl round the room yourself
    .body = Get down on your hands and knees today and crawl round the room where your baby plays. What do you see down there? Sockets, cables, a plant, small bits under the sofa. Make one corner completely safe, so that there you can mostly say ‘yes’ instead of ‘no’. A baby who can explore freely while you sit nearby, relaxed, dares to try more. The rest of the house can follow step by step.

creaming-dry-skin-slowly =
    .title = Applying cream as a calm moment of touch
    .body = Does your baby have dry or sore skin that needs the cream your GP or the consultatiebureau (child health clinic) advised? Don’t make it a quick chore. Warm the cream in your hands, say what you’re doing and spread it with slow, steady strokes: ‘Now your arm, now your knees.’ A must-do becomes a moment of touch and attention. Baby wants to be off? Then just do the spots that really need it.

clinic-check-on-your-lap =
    .title = On your lap at the clinic
    .body = Appointment at the consultatiebureau (child health clinic) or the GP? Ask if your baby can stay on your lap as much as possible. On the scales or the examination table, stay in sight, keep a hand on them and say what’s happening: ‘Just weighing you, I’m here.’ Many babies this age are startled by unfamiliar hands; your voice and hand say it’s safe. Tears anyway? That’s normal.

playground-swing-push-from-the-front =
    .title = On the swing: push from the front
    .body = Going to the playground today? Put your baby in a baby swing with a snug bucket seat and push from the front rather than from behind, so you see each other on every swing. Start very low: ‘Off you go… and back!’ You can tell straight away whether your baby finds it fun or scary, and your baby sees your delight. Looking tense? Stop the swing and hold their feet. Laughing? Then again.

gone-and-back-in-daily-life =
    .title = Gone… and back again
    .body = Say out loud today what disappears and comes back: ‘The bathwater’s gone… there’ll be new water tomorrow.’ ‘There goes the tram. Look, here comes the next one!’ ‘Grandma’s going home; she’ll be back on Saturday.’ Around this age babies grasp more and more that things still exist out of sight. Your words make going away ordinary, part of coming back. Tomorrow it will already sound more familiar.

bath-pouring-turns =
    .title = Pouring in the bath, taking turns
    .body = Bring a small cup into the bath today. Pour a little water over your baby’s hand: ‘Splash!’ Then hand over the cup and wait. Your baby might pour over your hand, or over their own tummy. React with surprise and give them another turn. A back-and-forth like this is a conversation without words. Keep one hand on your baby, and never leave them alone in the bath, not even for a towel.

babble-answered-as-a-word =
    .title = Sounds like a word? Answer it
    .body = Does your baby say something like ‘ba’, ‘da’ or ‘mam-mam’ today while looking at something? Answer as if it were a real word: ‘Ba? Ball! Yes, there’s the ball.’ Your baby finds out that sounds do something: someone listens, understands and gives something back. Guessed wrong? No problem, trying is what counts. Tomorrow, repeat one sound a few times and see whether they say it back.

teething-evening-close =
    .title = Teeth coming? Stay extra close
    .body = Is your baby grizzly today, drooling a lot and biting on everything? A tooth may be on its way. Offer a teething ring from the fridge (not the freezer) and hold them close. Say what you see: ‘Your mouth hurts, doesn’t it?’ Your calm helps your baby bear the discomfort. A fever, or unsure about pain relief? Ask your GP or the consultatiebureau (child health clinic).

im-coming-to-get-you =
    .title = ‘I’m coming to get you!’ A crawling game
    .body = Is your baby crawling or shuffling yet? Get down on your hands and knees today and say in a thrilling voice: ‘I’m coming to get youuu…’ Crawl slowly after your baby and catch them at the end with a cuddle. Many babies shriek with laughter, because the suspense always ends well. Do keep watching: if your baby looks scared or starts to cry, stop straight away, smile and say: ‘It’s only a game.’

lift-the-flap-book =
    .title = A lift-the-flap book: who’s behind it?
    .body = Get out a sturdy lift-the-flap book today and lift the flaps together: ‘Where’s the cat? There!’ Let your baby pull the flap themselves, even if it gets a bit crumpled. It’s peekaboo on paper: something is gone for a moment and turns out to still be there. A short pause before the flap opens builds the suspense. No such book at home? The library usually has sturdy baby books.

looking-for-the-dropped-toy =
    .title = Your baby looks for what fell
    .body = Does something slip from your baby’s hands today, and do they peer over the edge of the high chair or towards where it rolled? Say what you see: ‘You’re looking for your block! You know it’s still there.’ Wait a moment before picking it up, and look together. Your baby notices that you understand what’s going on in their head. That searching is a big step: they remember something out of sight.

grandparent-looks-at-the-toy-first =
    .title = Tip for grandparents: look at the toy first
    .body = Does your baby cry today when a grandparent or aunt they haven’t seen for a while comes near? Explain that this is very common around this age, and share a tip: sit on the floor, look at a toy rather than straight into the baby’s face, and slowly slide it closer. A gaze that doesn’t come too near feels less scary. From your lap, your baby sets the pace.

holding-another-baby =
    .title = Jealous when you hold another baby?
    .body = Do you take a friend’s baby on your lap, and does your own start to whimper, crawl over or tug at you? Around this age many babies show that they’d like you to themselves. Say what you see: ‘You want to be with me too, don’t you? Come here.’ Make room on your other knee, or hand the other baby back for a moment. It isn’t fussiness; it shows how much you matter.

crawl-to-your-arms =
    .title = Come here, into my arms
    .body = Sit on the floor a few metres from your baby today, open your arms and softly call their name. Do they crawl, shuffle or roll your way? Catch them with a cuddle: ‘You made it to me!’ Your baby learns that coming to you is always welcome. Would they rather carry on playing? That’s fine too; just watch along and try again later.

hair-wash-without-a-fight =
    .title = Washing hair without a battle
    .body = Does your baby start crying as soon as their hair has to get wet? Make it the same short sequence every time and say each step first: ‘First your flannel, then water on the back of your head.’ Give your baby a dry flannel of their own to hold or press against their forehead, and pour slowly from a cup, from behind. Done quickly, then a cuddle in the towel. It needn’t happen every bath.

wave-at-the-window =
    .title = Waving at the window
    .body = Is someone in the family heading out today, to work, school or the shops? Make it a set moment: at the window with your baby, waving, ‘Bye! See you this afternoon!’ The one leaving keeps waving until they turn the corner. Leaving becomes something your baby sees happen, instead of someone who has suddenly vanished. In a few weeks your baby may start waving too.

first-teeth-brushing-on-your-lap =
    .title = Brushing those first teeth on your lap
    .body = First teeth through and starting to brush? Make it a short, fixed ritual: your baby on your lap, head resting against you, and the same brushing song every time. Let your baby watch you brush your own teeth first, with a big grin. Brushing becomes a predictable moment together, not a struggle. Lots of protest? A few seconds is enough for now; tomorrow you’ll get a little further.

visiting-a-home-full-of-breakables =
    .title = Visiting a home full of breakable things
    .body = Visiting someone without small children, with glass tables and plants on the floor? Bring a little bag with a few of your baby’s own toys and a blanket. Spread the blanket in a safe spot, sit on it yourself and let your baby explore there. That’s calmer than saying ‘no’ and lifting them away twenty times. From your spot, your baby also dares to look around more. A tour of the room? On your arm.

book-of-familiar-faces =
    .title = A little book of familiar faces
    .body = Stick photos of the people who often care for your baby in a small album or notebook today: you, a grandparent, the sitter, their regular carer at childcare. Leaf through it together and say the names: ‘Look, there’s Grandma!’ Those familiar faces stay close, even when someone isn’t around for a while. Let your baby turn the pages; a few creases are part of it.

work-trip-photo-and-voice =
    .title = Away for work: your voice stays home
    .body = Going away for a few days for work? Before you leave, record a short voice message with the bedtime song and ‘Sleep well, I’ll be back soon.’ Whoever is at home plays it at the same moment each evening, next to a photo of you at baby height. That keeps something familiar of you in your baby’s day. Otherwise say goodbye as you always do: no longer than usual, and no sneaking off.

back-from-a-work-trip =
    .title = Back from a trip? Give it a day
    .body = Home after a few days away, and your baby eyes you like a stranger, or clings to whoever stayed at home? That’s normal and usually passes quickly. Don’t take over everything at once: join in with the bath or the meal first, and let your baby come to you. Contact comes back in small moments. Does it sting? Say so to someone you trust.

cup-of-their-own =
    .title = Cheers! A cup of their own
    .body = At mealtime today, put a small open cup with a splash of water in front of your baby, and take a glass yourself. Have a sip, say ‘Mmm, cheers!’ and let your baby copy you, with your hand loosely under their cup. Babies learn a lot by copying you, and doing something together feels like belonging. Spilling is practice: a bib and a cloth are all you need.

sharing-a-room-with-a-sibling =
    .title = Your baby moves in with a big brother or sister
    .body = Is your baby moving into an older child’s bedroom? Work out a fixed bedtime order together: the baby first, with the older one joining in the song, then the older one gets your attention for a whisper-quiet book. Tell the older child what happens if the baby wakes at night: ‘Then I’ll come; you keep sleeping.’ The cot stays empty of cuddly toys and pillows. The first nights are often a bit bumpy.

they-crawl-after-you =
    .title = Your baby follows you
    .body = Heading to the kitchen today, and your baby comes crawling or shuffling after you? Greet it like a visit: ‘Hey, you came to find me! Here I am.’ Crouch down for a moment, then carry on with what you were doing, your baby beside you in a safe spot. Your baby is checking you’re still there, and finds that looking for you pays off. A little shadow is tiring, and also a compliment.

bedtime-protest-stay-a-while =
    .title = Crying as soon as you leave the bedroom
    .body = Does your baby protest these weeks as soon as you try to leave after the bedtime routine? Around this age babies notice more sharply that you’re going. Tonight, stay by the cot a little longer, a hand on their tummy or a soft song, until they settle. At the door, use the same sentence every time: ‘Sleep well, I’m close by.’ More closeness now won’t make your baby more dependent.

nappy-change-wriggler =
    .title = A nappy change with a crawler
    .body = Does your baby keep rolling away during nappy changes today, off to something interesting? That isn’t being difficult: your baby wants to move. Give them a job: ‘Can you hold the clean nappy?’, or a toy that only comes out at changing time. Say briefly what you’re doing at each step and always keep one hand on your baby. Changing table not working? A mat on the floor works too.

pushes-you-away-when-overtired =
    .title = Your baby pushes you away when it’s all too much?
    .body = Does your baby arch their back, push against your chest or twist away when you try to comfort them, say when overtired or cross? That isn’t rejection: sometimes being held is simply too much for a moment. Sit down close by, keep your hands open and say softly: ‘I’m here. If you want, I’ll pick you up.’ Less light and noise often helps. After a little while, most babies come to you by themselves.

moving-house-same-cot =
    .title = Moving house: the cot stays the same
    .body = Moving house? Pack your baby’s cot, sleeping bag and a few toys last and set them up first in the new place. For the first few days, keep the daily rhythm and bedtime routine as ordinary as you can, boxes or no boxes. Among everything new, you and those familiar things are what your baby holds on to. A few unsettled nights after a move are normal.

the-other-parent-goes-at-night =
    .title = Always you at night? Let the other parent go
    .body = Does the same parent nearly always go to your baby at night, and are they running on empty? Agree that the other one goes for a few nights, with the same words, song and hand on the tummy. Protest is common in the first nights; the other parent simply keeps comforting. Your baby finds out that these arms are safe at night too. Crying getting very intense? Swap back and try again later.

so-big-arms-up =
    .title = ‘How big is the baby?’
    .body = Play ‘How big is the baby? Sooo big!’ today, stretching your arms high in the air. Do it a few times with a big smile, then gently help your baby’s arms up. Around this age, copying becomes a new way of connecting: I do what you do. Not copying you yet? Your baby is most likely enjoying your face already; imitation often comes a little later.

floor-mirror-appear =
    .title = Who appears in the mirror?
    .body = Fix an unbreakable mirror firmly and low against the wall today, so your baby can crawl or shuffle up to it. Are they looking in? Pop up behind them in the mirror: ‘Hey, who’s that? Me!’ Disappear for a moment, then come back. Your baby sees you in the mirror, feels you close for real and gets to puzzle out how that works. Do they turn round to the real you? Clever!

sibling-tower-and-crawler =
    .title = When the baby topples the big one’s tower
    .body = Is your baby crawling straight for an older child’s block tower today? Acknowledge the big one first: ‘Oh no, you worked so hard on that.’ Give them a spot the baby can’t reach, like the table or behind the gate, and give the baby something of their own to knock over. When both children feel seen, sharing a room gets easier. Clashes are part of it.

bored-on-the-play-mat =
    .title = Bored while playing sometimes?
    .body = Handing back the block for the tenth time and sneaking a look at the clock? That happens to so many parents, and it says nothing about your love. Today, choose something you enjoy too: your own music on and moving together, a walk where you tell what you see, leafing through a cookbook side by side. What your baby enjoys most is a parent who is having fun too. Ten real minutes are plenty.

worrying-news-from-far-away =
    .title = Worrying news from far away
    .body = Is bad news coming from the country where your family lives, like an earthquake, a flood or war, and do you keep scrolling? Today, choose two set times to follow the news, and put your phone away during your baby’s meals, bath and bedtime. Tell someone how you are doing. Your baby can’t carry your worries, but can feel your calm arms. Showing sadness is allowed too.

hospital-stay-fixed-point =
    .title = A hospital stay: you’re the fixed point
    .body = Does your baby need to stay in hospital? Ask if you can sleep there and be present for examinations, and bring their own sleeping bag and a familiar song. Say beforehand what’s going to happen: ‘The nurse is coming now, I’m holding you.’ Among strange faces and sounds, your closeness is the safest thing your baby has. Take turns with someone if you can; you need to eat and sleep too.

car-seat-protest-name-it =
    .title = Furious in the car seat
    .body = Does your baby arch their back and cry today as you buckle them into the car seat? A baby who has just learned to move often hates being strapped in. Say what you see: ‘You don’t want to be strapped in, you want to crawl. I get it.’ Buckle up calmly anyway, because safety comes first. A regular car song or a toy that only lives in the car may make the next trip easier.

when-someone-is-harsh-with-your-baby =
    .title = When someone else is harsh with your baby
    .body = Does a grandparent tap the little hand reaching for a cup, or does an aunt call your baby ‘Naughty!’? Stay calm, pick your baby up and tell your baby what happened: ‘That gave you a fright. You wanted that cup.’ Later, one to one, explain kindly: ‘At this age a baby can’t understand that yet. We lift them away and offer something else.’ That way you stay your baby’s safe harbour.

redirect-not-scold =
    .title = Not the cable? Offer something else
    .body = Does your baby keep heading for the cable, the plant or the cat’s litter tray today? Lift them away calmly, say briefly ‘That’s not for you’ and straight away offer something else: ‘But this spoon is!’ Use the same calm tone every time. Your baby doesn’t understand the rule yet, but does learn that your response is predictable and kind. Ten times a day? That’s how it goes at this age.

stuck-standing-call =
    .title = Standing works, sitting down doesn’t yet
    .body = Does your baby pull up on the sofa or the cot bars, then call out because getting back down doesn’t work yet? Go over and help calmly: bend the knees together, ‘And sit… plop!’ Come each time they ask, even in the middle of the night. Your baby learns: when I’m stuck, someone comes. Now is the time to lower the cot base to its lowest setting. Once sitting down works, the calling eases.

bubbles-wait-for-more =
    .title = Bubbles: wait for ‘again!’
    .body = Blow a few soap bubbles for your baby today, holding the pot yourself. Blow them above your baby, not into their face, and watch them float and pop together. Then stop and wait: does your baby ask for more, with a sound, waving arms or a look at the pot? ‘Again? Here they come!’ Your baby discovers that their own signal makes something happen. Looking away? Then that’s enough for now.


a-talk-with-childcare-about-your-baby =
    .title = A talk with childcare about your baby
    .body = Has childcare planned a parents’ meeting, or has your baby been going for a few months now? Bring three things you see at home: what comforts, what your baby is busy with now, what’s tricky. Ask what they see too: who your baby likes to play with, when things are hard. Home and childcare then complement each other, and your baby is understood the same way in both places. None planned? Ask for one.

keep-your-return-promise-out-loud =
    .title = Say it out loud: back, as promised
    .body = At goodbye, promise only what’s true: not ‘Back in a minute’ when you’ll come after the afternoon nap, but ‘I’ll fetch you after your nap’. Then say it again at pick-up: ‘I said after your nap, and here I am.’ Your baby can’t follow the words yet, but does pick up the pattern: whoever leaves comes back. Each time it holds true, that pattern gets a little sturdier.

staying-behind-say-what-happens =
    .title = Staying behind? Say what’s happening
    .body = Is someone heading out of the door today while your baby cries in your arms? Don’t reach for a toy to distract them straight away. First say what’s happening: who has gone, when they’ll be back, and ‘You’re sad, aren’t you? I’m here with you.’ That way your baby doesn’t carry the missing alone. A song or a look out of the window is fine afterwards, once the worst crying has eased.

pulling-to-stand-you-close-by =
    .title = Pulling up alone, with you close by
    .body = Is your baby pulling up on the sofa or the edge of the playpen? Rather than standing them up yourself, sit on the floor right beside the sofa. Keep a hand ready as a safety net and only help when your baby asks for it. It may take ten tries, and that’s exactly right: your baby discovers what they can do alone, while you make sure it feels safe.

late-at-pickup-make-it-right =
    .title = Late for pick-up? Make it right
    .body = Were you late for childcare today, and was your baby the last one waiting with the carer? Guilt helps no one; repair does. Get down to eye level, hold your baby close and say: ‘I was late. You waited for me. Now I’m here.’ Thank the carer who looked after your baby. At home, take a little extra time together, no rush. Happening more often? See who else could do a pick-up now and then.

twins-both-want-you-at-once =
    .title = Twins, and both want you at once
    .body = Do you have twins, and do both want you at the same time today? Pick one up, sit on the floor next to the other and rest your free hand on their back. Talk to both: ‘I hear you too, you’re next on my lap.’ Take turns over who goes first. Your voice and your hand tell the waiting one they haven’t been forgotten. A little crying while they wait is OK; nobody comforts two at once perfectly.

costumed-figure-no-photo-on-their-lap =
    .title = A costumed figure? No photo on their lap
    .body = Does someone in costume, like Sinterklaas, a clown at a party or a mascot in a shop, want your baby on their lap for a photo, while your baby clings to you? Don’t hand your baby over. Take the photo with your baby on your own arm beside them, or skip it. Say what you see: ‘That big figure is scary, isn’t it? I’m holding you.’ A fear taken seriously makes a child not more fearful, but safer.

a-sock-puppet-says-hello =
    .title = A sock puppet says hello
    .body = Today, pull an old sock over your hand, draw on two eyes and let the puppet greet your baby in its own little voice: ‘Hello! May I have your nose?’ Then let the puppet duck away shyly, dance happily or yawn, and say what it feels: ‘Puppet is tired.’ That way your baby sees feelings acted out big and playfully, safe on your lap. Baby startled? Then let the puppet speak very softly and slowly.

a-religious-service-with-your-baby =
    .title = Taking your baby to a mosque, church or ceremony
    .body = Going with your baby to a service at the mosque, church or temple, or to a ceremony where quiet is expected? Sit at the side or at the back, bring one quiet, familiar thing and let your baby watch the people and listen to the voices from your lap. If your baby gets restless, step outside for a bit and come back. Your calm counts for more than perfect silence.

friends-without-children =
    .title = Lost touch with friends without children?
    .body = Do you hardly see friends without children any more, because your days revolve around naps and their plans start at ten at night? Today, message one friend with an idea that does fit: a walk with the buggy, lunch at your place during the afternoon nap. Friendship gives you breathing space, and a parent with breathing space has more patience. Not everyone will join in, and that’s all right too.

feeling-closer-to-one-of-your-children =
    .title = Feeling closer to one of your children right now?
    .body = Easy with the baby but clashing with your eldest, or the other way round, and ashamed of it? Many parents know this: a bond has phases, and that says nothing about your love. Today, ask someone who knows that child well, like a grandparent or the childcare worker, what they enjoy about them. Then watch for exactly that. Still nagging? Talk about it at the consultatiebureau (child health clinic).

a-cupboard-they-may-empty =
    .title = A kitchen cupboard they’re allowed to empty
    .body = Is your baby hanging on your legs while you cook? Today, fill one low kitchen cupboard with things that are safe to pull out: plastic tubs, a pan with a lid, wooden spoons. Your baby may empty it, right next to you. That way they explore the world with you close by, chatting back now and then: ‘You found the pan!’ Tomorrow, swap in a few different things.

dropping-game-from-the-high-chair =
    .title = The dropping game: join in, then stop kindly
    .body = Is your baby throwing the spoon off the high chair again and again today, then looking at you? It isn’t teasing, it’s a game: I drop, you pick up. Join in happily a few times: ‘Bump! Gone… and here it is again.’ Had enough? Announce the end: ‘One more time, then the spoon stays put.’ Stick to it and stay friendly, even if your baby protests. Your baby learns that a limit doesn’t have to be angry.

a-cuddle-given-back =
    .title = A cuddle given back? Stand still a moment
    .body = Does your baby put their arms round your neck today, or pat your back while you hold them? It may be one of the first cuddles your baby gives you of their own accord. Stop what you were doing, stand still and take it in: ‘What a lovely cuddle you’re giving me.’ Your baby feels that what they give is received. It won’t happen every day, and that’s what makes it so special.

where-is-the-lamp =
    .title = Where’s the lamp?
    .body = At a calm moment today, ask: ‘Where’s the lamp?’ and wait a little. Around this age many babies understand a few words and will start looking around. If your baby looks at the lamp, say happily: ‘Yes, there’s the lamp!’ You’re looking at the same thing together, and your baby notices that you understand. No look yet? Look at the lamp yourself, name it and try again another day.

announce-the-hoover-first =
    .title = Announce the hoover first
    .body = Does the hoover frighten your baby? Today, leave it switched off at first and let your baby look at it and touch it from your lap. Then say, ‘Now it’s going to roar,’ and switch it on briefly at the far side of the room. A noise that’s announced is less scary than one that takes you by surprise. Tears anyway? Switch it off, hold your baby close and try again another day, a bit further away.

fireworks-or-thunder-inside-together =
    .title = Fireworks or thunder: inside together
    .body = Fireworks or a thunderstorm tonight, and your baby wakes with a start? Go in, pick them up and say calmly what it is: ‘That’s thunder. It’s loud, but we’re inside. I’m with you.’ Sit in the quietest room with the curtains closed and breathe out slowly yourself. Your baby borrows your calm, even if you don’t like the noise either. Once asleep, lay them on their back in their own cot.

one-adult-on-duty-at-a-party =
    .title = At a party, one adult is ‘on duty’
    .body = Going to a wedding, birthday or big family party, where everyone wants to hold your baby and there’s alcohol around? Agree beforehand who is ‘on duty’ each hour: that person keeps an eye on your baby, stays sober and alert, knows where the nappy bag is and responds when your baby cries. Then no one has to half-watch, and the rest can really enjoy the party. Take turns with someone you trust.

a-switch-before-you-walk-in =
    .title = Coming home tense? Switch over first
    .body = Coming home from work tense, your head still on that email or row? Take two minutes before the front door: stay in the car or on the doorstep, breathe out slowly a few times and think of something you look forward to with your baby. Then go in and greet your baby first, bag and phone later. Your stress isn’t the first thing through the door. Didn’t manage? Say: ‘I’m here, I need a moment.’

two-homes-same-bedtime-song =
    .title = Two homes, the same bedtime song
    .body = Does your baby live partly with you and partly with the other parent? Agree together on a few things that go the same way in both homes: the bedtime song, the words at bedtime. At handover, pass on briefly how things went, or let a notebook travel in the bag. Then your baby doesn’t have to guess afresh in each home what comes next. Tears at the switch? That’s saying goodbye, not a bad sign.

school-gate-greet-the-big-one-first =
    .title = At the school gate: the big one first
    .body = Picking up an older child from school or childcare, with the baby on your hip or in the buggy? Greet the big one first: crouch down, eyes level: ‘There you are! I missed you.’ The baby watches and can join in afterwards. After a day without you, that’s the moment your eldest needs you most. On the way, ask about one thing from their day, and let the baby’s babble simply chime in.

two-carers-the-same-no =
    .title = Two carers, the same ‘no’
    .body = Does one of you say ‘no’ at the stair gate and the other ‘oh, let it go’? With everyone who often cares for your baby, pick two or three things that are really off limits, like the stairs, the cooker and cables, and one word you all say, such as ‘Stop’. Put the list up for sitters and grandparents. Beyond that, everyone can have their own style. Then your baby knows where they stand with anyone.

when-the-familiar-carer-leaves =
    .title = When the familiar carer leaves
    .body = Is your baby’s regular childcare worker leaving, or is there a new face in the group? Ask if the familiar person can work alongside the new one a few times, so your baby can get used to the new arms. Tell the newcomer yourself how your baby likes to be comforted, and allow extra time at drop-off at first. More tears? That’s missing someone, not going backwards.

first-night-at-the-grandparents =
    .title = The first night at the grandparents’
    .body = Is your baby sleeping at the grandparents’ for the first time? Let them have a nap there first, while you’re still in the house. Pass on the bedtime routine: the same sleeping bag, the same song, the same words. Go through safe sleep together too, as it used to be done differently: on the back, in a bed of their own, nothing soft in it, no pillow or cuddly toy. Then you can sleep easy as well.

tidy-up-one-block-together =
    .title = One block in the box, together
    .body = Floor covered in blocks? Turn tidying up into a little game today: pick up one block together, hold out the box and say, ‘In the box… bump!’ Clap when it drops in. You tidy the rest while your baby watches or brings one more. The end of playtime becomes a fixed, cosy moment with you instead of something that just happens. Sing the same tidy-up song every time.

childcare-says-your-baby-bites =
    .title = Childcare says your baby bites
    .body = At pick-up, are you told your baby bit another child? No need for shock or shame: biting is common around this age, from excitement, frustration or teeth coming through, with no bad intent yet. Ask when it happens and how the carers respond, and do the same at home: a calm ‘Ouch, that hurts’, a moment’s distance, then back in contact. One approach in both places makes it clear to your baby.

a-screen-to-keep-them-quiet =
    .title = Your phone to keep your baby quiet?
    .body = In a waiting room, on the train or at a family meal, do you reach for a video on your phone to calm your baby? Understandable. Try something of your own first: whisper a song, look out of the window together, a bunch of keys, a finger game. Your face talks back; a screen doesn’t. Watching a clip together anyway? Keep your baby on your lap and talk about what you see.

the-cat-or-dog-and-your-crawler =
    .title = The cat or dog and your crawler
    .body = Is your baby crawling after the cat or dog and grabbing at tail and fur? Sit with them today, take the little hand and stroke slowly along the back together: ‘Gently, like this. Kitty likes that.’ Always give the animal a place to escape to, and never leave your baby and the pet alone together. Your baby learns from your hands what gentle feels like. It’ll still go wrong often, and that’s normal.

when-the-big-one-needs-you-more =
    .title = When the big one needs all your attention
    .body = Is your older child ill, having a hard week, or is a lot of time going to hospital visits, so your baby gets a bit less? That’s all right, as long as a few small, real moments remain. Today, choose two fixed minutes for your baby, say at a nappy change and before sleep: your face close, a song, full attention. And let someone else take your baby for a walk now and then.

small-home-big-explorer =
    .title = Small home, big explorer
    .body = Do you live in a small place, with barely any floor space for your crawling or standing baby? Today, find one spot outside where your baby can roam freely while you sit nearby: a playground with sand, a patch of grass, the library, a drop-in morning in the neighbourhood. At home, one cleared corner can be enough. Your baby doesn’t need a big house, just room to explore with you close by.

medicine-without-a-battle =
    .title = Giving medicine without a battle
    .body = Does your baby need syrup, ear drops or a nasal spray from the GP, and twist away or shriek? Say first what’s coming: ‘One squirt in your mouth, then it’s done.’ Hold your baby firmly and safely on your lap, do it calmly but quickly, and comfort straight afterwards with a cuddle or a song. It becomes a short, predictable moment rather than a struggle. Not working? Ask your GP for tips.

a-spoon-of-their-own =
    .title = A spoon of their own at the table
    .body = Does your baby keep grabbing the spoon when you feed them today? Give them a spoon of their own and put a few soft pieces on the tray to pick up, while you help with the other spoon. Eat something yourself at the same table, and stay with your baby while they eat. Your baby feels: I get to join in and try things myself, and you’re right here. It’ll get messy, and that’s part of it.

tired-signs-have-changed =
    .title = Your baby shows tiredness differently now
    .body = Did your baby use to yawn at sleep time, and now get wound up, clumsy, whiny or tug at their ears instead? In older babies tiredness often changes its face. Over the next few days, notice what you see in the half hour before a nap, and ask others who care for your baby what they notice. You’ll spot it sooner and can bring the nap forward. That’s how you keep getting to know your baby anew.

share-the-invisible-list =
    .title = Who remembers everything? Share the invisible list
    .body = Are you the one remembering the nappies are running out, the consultatiebureau (child health clinic) needs a call and it’s Grandma’s birthday? That invisible work drains energy. Today, with whoever shares the care, list what needs arranging around your baby, and split whole tasks, from remembering to doing. Less in your head, more room for your baby. On your own? What could someone else take on?

when-your-partner-is-struggling =
    .title = When your partner is struggling
    .body = Is your partner depressed, ill or burnt out, and are you now carrying most of the care? Today, find one person who can take over a fixed slot each week, so you get rest too. Keep small, manageable moments with the baby for your partner: together on the sofa, a song. Warm, ordinary attention is enough for your baby. Talk to your GP too, for your partner and for yourself.

copy-me-copy-you =
    .title = Copy me, copy you
    .body = Is your baby already copying things, like clapping or a little cough? Play a copying game today: do something simple, like tapping your head or blowing a kiss, and wait. If your baby copies, laugh and try something new; if your baby does something, you copy that. It becomes a conversation without words, taking turns to lead. Not yet? Then your baby would rather watch, and that’s fine too.

no-need-to-perform-at-the-check-up =
    .title = At the check-up, your baby needn’t perform
    .body = Off to the consultatiebureau (child health clinic), and does your baby suddenly refuse to wave, stand or pick up blocks there, though it works at home? Quite normal: in a strange room with an unfamiliar face, many babies watch and wait first. Just say what you see at home; you see your baby every day. On the way home, don’t make an exam of what didn’t happen. It was an ordinary day.

ramadan-suhoor-and-a-sleeping-baby =
    .title = Ramadan: suhoor at night, your baby sleeps on
    .body = Is the whole household up before dawn for suhoor during Ramadan, with lights, pans and voices? Keep it dark and quiet around your baby’s sleeping place: door shut, low voices. If your baby wakes anyway, do what you always do at night: dim light, few words, back to bed, even though everyone is awake. That way night stays night for your baby. And go to bed earlier yourself if you can.

suddenly-scared-of-the-bath =
    .title = Suddenly scared of the bath
    .body = Is your baby suddenly crying in the bath after always loving it? That’s quite common, sometimes because of the gurgling plughole or a slip one day. Make it feel safe first: less water, a towel on the bottom, or a bath together with you. Say what you see: ‘This feels scary, I’m holding you.’ A few days of just a flannel wash is fine too. In the bath, always keep a hand on your baby.

startled-by-your-no-repair =
    .title = Startled by your ‘No!’
    .body = Did you shout ‘No!’ today as your baby reached for your hot tea, and did your baby burst into tears? That makes sense: you got a fright, and so your baby did too. Pick them up as soon as you can and say softly: ‘I shouted because the tea is hot. It gave you a fright. I’m here.’ Repairing after a moment like that makes your bond stronger, not weaker. From now on, keep hot drinks up high.


face-wipe-after-eating =
    .title = After meals: their own go with the flannel
    .body = Does your baby turn away as soon as the flannel comes near after a meal? First give them a wet flannel of their own to wipe with, even if it mostly goes over the tray. Then say what you’re going to do, ‘Now your mouth, just quickly’, and wipe gently and briefly, from the side rather than straight across the face. That way it feels less like an ambush. Leaving a few smears is fine too.

grumpy-waking-from-the-nap =
    .title = Waking from the nap in tears
    .body = Does your baby wake from the afternoon nap crying or grumpy? Lift them out calmly and sit together on the sofa for a while before moving on to food or dressing. Dim light, few words, your arm around them. Some babies wake up slowly, and with your calm body as a starting point it comes more easily. Five minutes is often enough.

brings-you-the-coat-a-wish-without-words =
    .title = Your baby brings you the coat: a wish without words
    .body = Does your baby bring you your coat, the little shoes or a book, looking up at you expectantly? That’s a question without words. Say out loud what you think your baby wants: ‘You want to go outside! Good idea.’ Guessed wrong, and your baby pulls you to the bookcase? Now you know. Your baby finds out that showing works, even before words, and that you want to understand.

big-sibling-reads-to-the-baby =
    .title = The big brother or sister reads aloud
    .body = Does your older child want to do something for the baby too? Let them ‘read aloud’ today, even if they can’t read yet: telling the story from the pictures, doing the animal noises, turning the pages. Sit down together, the three of you, the baby on your lap. Say what you see: ‘Look, she’s watching you when you bark!’ Your eldest feels big, and the baby hears a voice that grows ever more familiar.

first-birthday-small-and-short =
    .title = A first birthday that fits a baby
    .body = Is the first birthday coming up? Plan the party around your baby’s day: after a nap, a few people your baby knows, and an end time you mention in advance. A short party with familiar faces suits a one-year-old far better than a full house all afternoon. Others can drop by another day. And if the cake is mostly for the grown-ups, that’s fine.

their-own-words-list =
    .title = A list of your baby’s own words
    .body = Does your baby use a sound that always means the same thing, like ‘ba’ for bottle or ‘woof’ for a dog, in any of your languages? Treat it as a real word and answer it. Write these words down today and share the list with grandparents or childcare. When everyone knows what ‘ba’ means, your baby feels understood in more than one place. Keep adding to it; it’s a lovely thing to keep.

buggy-stop-where-they-point =
    .title = On a walk, stop where they point
    .body = Out with the buggy today? When your baby points at a bird, a dog or a digger, stop and crouch down beside them. Name it, then wait: ‘A pigeon. It’s pecking.’ For a few minutes your baby sets the route and you follow. Being followed tells a child that what catches their eye matters to you. It makes for a slow walk, so pick a day when you’re not in a hurry.

word-with-a-hand-sign =
    .title = A hand sign with the word
    .body = Pick two or three words that come up every day, like ‘more’, ‘all gone’ or ‘sleep’, and give each a simple hand gesture. Today, use word and gesture together at meals and bedtime. Many babies can make a gesture before they can say the word, and being able to tell you something takes the edge off frustration. The words will still come; the gesture is a bridge until then.

calling-from-the-next-room =
    .title = When they crawl off, answer their call
    .body = Has your baby crawled into the hallway or the next room and now calls out or peeks back round the door? If that room is safe, answer from where you are: ‘I’m here, in the kitchen!’ Your voice is a rope to hold on to while they explore a little further. If they come racing back, welcome them and let them go again. You don’t need to fetch them every time.

shape-that-wont-fit =
    .title = When the block won’t go in
    .body = Is your baby getting cross because a shape won’t go through the hole or a lid won’t come off? First name it: ‘Grr, annoying, it won’t go in.’ Then help just a little: turn the shape the right way, and let them do the last push. Your words show the feeling is understood; the small help keeps it doable. If the tears keep coming: a cuddle first, the puzzle later.

another-child-grabs-the-toy =
    .title = Another child grabs the toy
    .body = Visiting friends or at the playground, and another child snatches the toy from your baby’s hands? Get down beside them and say what happened: ‘Hey, you had the ball. Now it’s gone. You don’t like that.’ Comfort first, then find something else together or calmly ask for the ball back. Your baby can’t share yet, but can feel seen in their frustration. The other child isn’t naughty, just little.

dressing-wait-for-the-arm =
    .title = Getting dressed: wait for the arm
    .body = Is getting dressed often a push and pull? Today, hold the sleeve open, say ‘Where’s your arm?’ and wait a few seconds. Around the first birthday many babies start to help a little: pushing an arm through a sleeve, lifting a foot. Say what you see: ‘There it is! You helped.’ Dressing becomes something you do together. Not happening today? Then you simply do it yourself.

baby-says-no-without-words =
    .title = Your baby says ‘no’ without words
    .body = Does your baby shake their head, push your hand away or turn aside when you offer something? That’s how many babies say their first ‘no’. Take it seriously today wherever you can: ‘No? Not teddy. Okay.’ If something must happen anyway, like a coat or a clean nappy, say you noticed: ‘You don’t want to, do you. Nearly done.’ A ‘no’ that’s heard teaches your baby that letting you know is worth it.

climbing-everything-cushion-mountain =
    .title = Climbing everything? Build a cushion mountain
    .body = Is your baby climbing everything these days, from the coffee table to the open dishwasher? Today, pile the sofa cushions and a few blankets into a low mountain on the floor and sit down next to it. Let your baby climb, roll and slide off, and mostly watch: ‘You’re right at the top!’ With you close, they dare something exciting and come back when it gets too wild. Tidy it away together afterwards.

hello-on-a-toy-phone =
    .title = ‘Hello, who’s that?’ A call on a toy phone
    .body = Is your baby always reaching for your phone? Pick up a toy phone or a block, hold it to your ear and say: ‘Hello? Oh, it’s you!’ Then hand it to your baby and wait. Answer every little sound as if it’s a real conversation, with pauses for your baby’s turn. That’s the back and forth of talking, practised face to face. Some babies babble back at once, others watch first; both are fine.

let-them-press-the-button =
    .title = Let your baby press the button
    .body = Does your baby point at the light switch, the doorbell or the button in the lift? Lift them up and let them press it themselves: light on, light off. Say what happens: ‘You turned the light on!’ Your baby discovers that their own actions make things happen, and with your delighted face alongside, that feels extra good. Sockets and cooker knobs stay off limits, of course.

stairs-with-you-right-behind =
    .title = Climbing the stairs, with you right behind
    .body = Is your baby drawn to the stairs? Choose a moment today to climb a few steps together, with you right behind and your hands close. Then practise coming down: turned round, on their tummy, feet first. Your baby gets to try something exciting while you’re the safety net. Afterwards, close the stair gate again: for now, the stairs are something you do together, not alone.

first-rides-in-the-bike-seat =
    .title = The first rides in the bike seat
    .body = Is your baby sitting steadily and coming along in a child seat on your bike? Start with a short ride at a quiet time, and keep chatting as you go: ‘Off we go! Look, a dog.’ In a rear seat your baby can’t see your face, so your voice tells them you’re there. Sing the same song on one familiar stretch each time. After a few rides your baby may recognise it and look forward to your cycling song.

back-to-the-childminder-after-a-break =
    .title = Back to the childminder after a long break
    .body = Was the childminder (gastouder) away for weeks, or your baby home a long time through illness or leave? Going back is almost like settling in again. Make the first day shorter, sit down together at drop-off until your baby reaches for the carer again, and say what has changed: new words, a different nap. More tears than before? Not a step back, just getting familiar again.

song-with-a-gesture-gap =
    .title = An action song, with a gap for your baby
    .body = Sing an action song today, such as ‘The Wheels on the Bus’ with round-and-round hands. After a few times, stop just before a gesture and wait, eyes wide. Many babies fill the gap with a wave, a clap or a sound of their own. That pause turns your song into a conversation in which your baby has a part. If they only watch for now, that’s fine: they’re storing it all away.

a-remark-that-keeps-nagging =
    .title = A remark that keeps nagging at you
    .body = Did someone say something about your baby that you can’t shake off, like ‘Isn’t she very quiet?’ or ‘He’s not saying anything yet, is he?’ Don’t carry it around alone, and don’t spend the night searching on your phone. Call the consultatiebureau (child health clinic) and tell them what you heard and what you see yourself. Often all is well, and if not, you’re there early. Asking isn’t fussing.

walking-on-your-fingers =
    .title = Walking on your fingers, and your poor back
    .body = Does your baby want to walk round the house holding your fingers all day, while your back complains? Mix it up. Put down a sturdy box with a few books in it to push along, let them cruise along the sofa, or sit on the floor and hold their hands while they stand in front of you. Your baby mostly wants to practise with you close by, not necessarily on your hand. That way you’ll both last longer.

back-to-normal-after-a-sick-week =
    .title = After a sick week, back to normal step by step
    .body = Is your baby better, but still clingy and sleeping badly after being ill? That often lasts a few days. Return to your usual rhythm one piece at a time: first the familiar bedtime, then the naps, then the rest. Meanwhile, keep giving the extra closeness they ask for. Still not themselves after a week or so? Check with your GP (huisarts) or the consultatiebureau (child health clinic).

eating-out-with-your-baby =
    .title = Eating out with your baby
    .body = Eating out today, at a restaurant or café? Pick a time close to your baby’s usual mealtime, and bring their own spoon, cup and something familiar to eat. Put the high chair next to you, so your baby sees your face and not just the bustle. Familiar things in a strange place make the meal feel recognisable. And expect a short meal: dessert can always come home with you.

lots-of-new-toys-one-at-a-time =
    .title = Lots of new toys at once? One at a time
    .body = Did a birthday or celebration suddenly bring your baby a pile of new toys? Put most of them away for now and bring out one thing today. Explore it together on the floor, without hurrying and without showing straight away how it’s ‘meant’ to work. Too much at once unsettles many babies; one thing with your attention is a treat. Swap in a week or two: what was put away will feel new again.

first-birthday-looking-back =
    .title = A year together: tell someone how it really was
    .body = Around the first birthday, many parents look back, and alongside pride, memories of a tough birth, a hospital stay or hard months can surface. That’s normal. Today, tell someone you trust how this year really was for you, the hard parts included. Being heard helps you put it in its place. If the memories keep coming back or weigh heavily, talk to your GP (huisarts).

the-walking-yet-question =
    .title = ‘Is the baby walking yet?’
    .body = At parties and family visits, the comparing starts: who’s walking, who’s talking? Have a sentence ready today: ‘We’re doing it at our own pace.’ Around one year, babies differ by months in when they walk or talk, and that’s normal. Your baby doesn’t need to keep up; they need someone who enjoys who they are. Real worries? Take them to the consultatiebureau (child health clinic).

no-forced-kisses-a-wave-will-do =
    .title = No forced kisses: a wave will do
    .body = Does an uncle, aunt or grandparent ask for a kiss, and your baby dives into your shoulder? Help both your baby and the adult: ‘We’re waving today. Will you wave back?’ Wave first yourself, without pushing. Your baby learns they get a say over their own body, and the other person still gets a greeting. Often the kiss comes later by itself, when your baby feels like it.

familiar-faces-in-your-street =
    .title = Familiar faces in your street
    .body = Do you pass the same neighbour, the baker or the newsagent every day? Greet them on purpose today, your baby on your arm: wave, say their name: ‘Look, there’s Ann.’ No need to hand your baby over; a smile and a wave from a safe distance are enough. That way the world outside your door becomes a little familiar, with you as the starting point. Maybe soon your baby will wave first.

petting-farm-from-your-arm =
    .title = At the petting farm, from your arm
    .body = Visiting a petting farm today? Carry your baby on your hip and let their body tell you how close to go. Leaning forward and pointing means ‘closer!’; stiffening or burying their face in your neck means ‘far enough’. Name what you see: ‘A goat. Meh!’ Keeping to the distance your baby picks turns something big and new into an adventure, not a fright. Next time, they often dare a bit more.

supermarket-point-and-hold =
    .title = At the shop, let them hold what they point at
    .body = Shopping with your baby in the trolley seat today? When they point at the bananas or the bread, name it and hand it over to hold for a moment: ‘Bananas. Shall we take some?’ Then let them drop it into the trolley. Your baby gets the word, the feel and the weight all at once, plus a job in a place that can feel busy. A quiet time of day makes this easier than the Saturday rush.

their-first-joke =
    .title = Laugh at your baby’s first joke
    .body = Does your baby hold out a toy and snatch it back just as you reach for it, or put a cup on their head and look at you? That’s a joke, one of their very first. Laugh along, play your part (‘Hey! Where did it go?’) and let them do it again. Sharing a laugh says: I see you, and I like what you do. Watch for the cheeky look they give you just before the next round.

grief-in-the-family =
    .title = Grief in the family, with a baby in your arms
    .body = Has someone died, with a funeral or a week full of visitors and sorrow? Ask one trusted person to look after your baby that day and take them outside when it gets too much. At home, keep to the bedtime routine. Crying where your baby can see you is allowed; just say softly: ‘I’m sad, and I love you.’ Your baby needn’t fix anything, but does need a steady arm. So do you: let people help.

missed-the-first-steps =
    .title = Missed the first steps?
    .body = Did your baby take their first steps at childcare, at the grandparents’ or while you were out for a moment? That can sting. Do ask how it went, and celebrate when you see it yourself: for you it’s the first time, and what your baby notices most is your joy. You haven’t missed anything that matters. That your baby dared to practise there shows they feel safe there too.

new-baby-coming-time-the-changes =
    .title = A new baby coming? Time the big changes
    .body = Is a new baby on the way in your family? Look at which changes are coming for your eldest: a different bedroom, starting childcare, a new bed. Where you can, make them a few months before the birth, or wait until well after. And decide now who your little one will stay with during the birth, ideally someone they know well. Fewer changes at once make a new sibling easier to welcome.

pregnant-and-tired-floor-cuddles =
    .title = Pregnant again and tired? Cuddle at floor level
    .body = Pregnant again and finding it hard to keep lifting and carrying your one-year-old? Move the closeness down to the floor: sit on a rug and let your baby climb onto your lap, or read lying on the sofa with your little one snuggled against you. Leave the heavy lifting to someone else where you can. Closeness doesn’t have to mean carrying; your baby mostly wants to be near you.

library-let-them-choose =
    .title = A trip to the library together
    .body = Take your baby to the library today and find the corner with baby books. Sit on the floor, lay out a few books and let your baby choose: grabbing, turning them over, patting them. The book your baby keeps coming back to goes home with you. Choosing together is already a conversation, and a book they picked feels like theirs. Fifteen minutes is plenty; tomorrow you read it at home, on your lap.

awake-at-five-every-morning =
    .title = Awake at five every morning?
    .body = Has your baby been up at the crack of dawn for weeks, and are you worn out? Make the first hour a calm one: dim light, a glass of water for you, the two of you on a rug in a safe room with a few books and blocks, no bustle or screens yet. If you can, take turns with the early shift, and go to bed earlier yourself one evening. That early, it needn’t be cosy; calm and together is enough.

washing-hands-together-before-meals =
    .title = Washing hands before meals, together
    .body = Wash hands together before eating today. Hold your baby on your hip at the tap, let lukewarm water run over your hands, and rub the soap gently between their little hands. Then hold your own hands out: can your baby wash them? A chore becomes a moment of touch and taking turns, and after a while your baby knows: after the tap comes food. Splashing is part of it; keep a towel ready.

new-partner-bond-grows-slowly =
    .title = A new partner? Let the bond grow slowly
    .body = Is a new partner around more and more? Let them start with playing, reading or rolling a ball back, while comforting and bedtime stay with you for now. That way your baby gets to know the new person in happy moments, at their own pace. Babies can bond with more people, but step by step. Does your baby keep their distance at first? That says nothing about the other person; give it time.

teddy-gets-a-drink =
    .title = Teddy’s thirsty too
    .body = Pick up a cup today and hold it to a teddy’s mouth: ‘Teddy’s thirsty. Mmm, lovely!’ Then hand the cup to your baby and see what happens. Around the first birthday some babies start to copy this. Say what you see: ‘You’re giving teddy a drink. That’s kind.’ Pretending is an early way of thinking about what someone else needs. Tomorrow, maybe teddy is sleepy.

first-shoes-shoes-on-we-go-out =
    .title = First shoes: ‘Shoes on, we’re going out!’
    .body = Is your baby taking a few steps, and are first shoes for outside on the way? Make putting them on a small ritual: let your baby hold one shoe, push their foot in together, and say the same words every time: ‘Shoes on, we’re going outside!’ Familiar words turn a fiddly job into a signal your baby learns to look forward to. Indoors, bare feet or grippy socks can stay.

in-the-park-feel-and-name =
    .title = In the park: let them feel, and give it a word
    .body = Going to the park or the woods today? Find a spot and give your baby things to feel: a leaf, a pine cone, a twig, the rough bark of a tree. Add one word: ‘Rough. Wet. Smooth.’ Feeling something while hearing your word makes language tangible, and you’re following what fascinates your baby. Small stones and berries don’t belong in little mouths, so keep a close eye.

familiar-face-looks-different =
    .title = A familiar face suddenly looks different?
    .body = New glasses, beard shaved off, a new haircut, or someone familiar suddenly in a hat or face mask? Is your baby startled, or eyeing you suspiciously? Talk in your usual voice first, and let your baby look and touch at their own pace: the glasses, the cheek, the hair. Babies read faces very closely; a familiar voice helps them recognise the new picture. Within a day or so it’s usually forgotten.

first-haircut-on-your-lap =
    .title = A first haircut on your lap
    .body = Is a first trim coming up, at the hairdresser or at home? Sit your baby on your lap facing a mirror so they can see you both, and say what’s happening: ‘Snip, there goes a little bit of hair.’ Give them a comb to hold. Your lap and voice make the strange snipping less scary. Pick a time when they’re rested and fed, and keep it short. Too much? Stop: a wonky fringe is fine for a week.

from-two-naps-to-one =
    .title = From two naps to one, gradually
    .body = Is your baby fighting the second nap? Some babies move to one nap around now, many a bit later. The switch often takes weeks, with two-nap days in between. On one-nap days, bring lunch and the nap forward a little, and put your baby to bed earlier. An over-tired baby is often clingier and cries more easily, so expect extra cuddles in the late afternoon. It does settle again.

stopping-a-feed-keep-the-lap =
    .title = Stopping a bottle or breastfeed? Keep the lap
    .body = Are you phasing out the bottle, or a breastfeed, around the first birthday? That feed was often a moment of closeness too. Keep that part: at the same time of day, your baby on your lap with a cup of milk or a snack, a book, and your arm around them. Stopping a feed doesn’t have to mean stopping the cuddle. There’s no rush: you can take this at your own pace.

a-homemade-book-of-their-day =
    .title = A homemade book about your baby’s own day
    .body = Take a few photos today of your baby’s ordinary day: waking up, breakfast, the buggy, the bath, bed. Print them, slip them into a small album and look through it together: ‘Look, that’s you in the bath. And then?’ A book where your baby is the star and everything happens in the familiar order often becomes a favourite. Later, add pages for something new, like a night at the grandparents’.

working-from-home-baby-awake =
    .title = Working from home while your baby’s awake?
    .body = Working from home today while your baby is awake, because childcare is closed or they’ve just been ill? Plan your work in blocks, and in between give short bursts of full attention: five minutes on the floor, laptop shut, really together. That beats being half there all day. Say when you go back: ‘I’m going to type for a bit, I’m right here.’ Barely got anything done? That’s not your failing.

arms-up-pick-me-up =
    .title = Arms up: ‘Up!’
    .body = Is your baby standing at your leg with their arms in the air? That’s one of the clearest questions a baby can ask: pick me up, I want to be with you. Today, lift your baby a few times as soon as they ask, even if only for half a minute. If you really can’t, say with a hot pan in your hand, crouch down for a moment and say: ‘I see you. Pan first, then I’ll pick you up.’ And then do.
