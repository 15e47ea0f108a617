moving-up-to-a-new-group =
    .title = Moving up to a new group at childcare
    .body = Is your toddler moving up to the older children’s group at childcare? Ask which familiar things can move with them: their own sleeping bag, their own tray, the song before meals. And whether your child may pop back to wave to the old group in the first weeks. That way, amid all the newness, something stays the same. A few weeks of extra tears at drop-off are often part of a move like this.

after-separation-keep-both-grandparents =
    .title = After a separation: keep both sets of grandparents
    .body = Separated, and did your child often see the grandparents on the other side? That bond counts too: a child bonds with whoever they see often, not with one side of the family. Agree with the other parent when those grandparents will keep seeing your child, say on a set afternoon. Whatever happened between the adults, your child needn’t lose anyone.

evening-out-sitter-joins-bedtime =
    .title = Evening out? Let the sitter join in bedtime
    .body = Going out tonight, with a sitter coming? Have them arrive before your child is asleep, and do the bedtime routine together: you the pyjamas, the sitter the book, you the song. Then say: ‘I’m going out, Sam is staying here. I’ll be back in the morning.’ If your child wakes in the night, they see a face that belonged to going to sleep. Don’t sneak off, even if your child cries for a moment.

settling-in-still-hard-after-weeks =
    .title = Weeks of settling in, still inconsolable every day?
    .body = Has your child been at childcare or with a childminder (gastouder) for six weeks or so, and still cries most of the day there, hard to comfort? Ask for a talk with their regular childcare worker or the childminder: what do they see, who comforts your child, what helps? Shorter days or the same faces each time can help. Still unsure? Talk it over with the consultatiebureau (child health clinic).

grandparent-stops-babysitting-keep-the-visits =
    .title = Grandma no longer babysits? The bond can stay
    .body = Has a grandparent stopped babysitting every week, because of illness, a move or because it got too much? Then someone drops out of your toddler’s week. Say it simply: ‘You won’t go to Grandma’s when I work any more. On Sunday we’ll visit her.’ Make that visit a habit, with something they always did together, like feeding the ducks. The bond takes another shape, and stays.

serious-illness-at-home-one-steady-carer =
    .title = Serious illness at home? One steady extra carer
    .body = Is a parent in your family seriously ill? As far as you can, arrange one steady extra carer your toddler knows well. Say what’s going on in a few honest words: ‘Daddy is ill. The doctors are helping him. Today Grandma is putting you to bed.’ Your child needn’t understand, but should feel that someone familiar is always there. And find support for yourself too, through your GP (huisarts).

just-separated-say-it-simply =
    .title = Just separated? Say it simply, the same each time
    .body = Just separated, and is your child searching the house for the parent who no longer lives there? Say it simply, and the same way each time: ‘Daddy lives in another house now. On Saturday you’re going to see him.’ Keep the rest of the day as ordinary as you can: the same meals, the same bedtime song. Your child won’t understand it all, but can feel that the grown-ups are keeping things together.

holiday-kids-club =
    .title = A kids’ club on holiday?
    .body = Does your holiday place have a kids’ club or a crèche with sitters? For a toddler, unfamiliar carers in an unfamiliar place are a lot at once. Stay with them the first time, or simply skip it: you can rest while your child plays in the sand beside you, too. Want an hour to yourself after all? Then preferably with someone your child already knows, like a grandparent or aunt on the trip with you.

sitter-at-home-while-you-work-from-home =
    .title = A sitter at home while you work from home
    .body = Is a sitter or grandparent looking after your child while you work at home? Say a proper goodbye, as you would at childcare, and then ‘go to work’: a room with the door shut, or out of the house for a while. Popping in now and then feels kind, but turns every visit into a new goodbye. Want a cuddle in between after all? Agree on a set moment, lunch for example.

calls-the-carer-mama =
    .title = Does your child call the childminder ‘Mummy’?
    .body = Does your child say ‘Mummy’ or ‘Daddy’ to the childminder (gastouder), the childcare worker or Grandma? That can sting. Often it simply means ‘someone who looks after me’, especially while your child has few words. Answer lightly and add the name: ‘Yes, that’s Fatima.’ That your child feels so at home there is good news. The words will sort themselves out as more names come along.

give-childcare-your-words-for-a-big-change =
    .title = Big change at home? Give childcare your words
    .body = Is something big happening at home, like a move, a separation or an ill relative? Tell childcare or the childminder briefly, and pass on the sentence you use at home: ‘Grandpa is ill, he’s in hospital.’ If your child calls for someone there or gets upset, they hear the same words as at home. One story in two places gives something to hold on to.

carer-invites-at-drop-off =
    .title = At drop-off, the carer comes to fetch your child
    .body = Is your toddler clinging to your leg at drop-off? Ask the childcare worker to come over and invite your child to something they enjoy: ‘Are you coming to feed the fish?’ Then give your goodbye cuddle and go. Your child isn’t just walking away from you, but going with someone who came to fetch them. Not working today? Then the carer lifts your child across, and that’s fine too.

different-house-different-rules =
    .title = At Grandma’s, things are different
    .body = Is your child allowed to bounce on the sofa at the grandparents’, or have an extra biscuit, but not at home? Don’t make it a battle; just say it out loud: ‘At Grandma’s you can. At home we do it this way.’ Children cope fine with different places and different habits, as long as each home is predictable. Anything to do with safety you do agree on together, ideally out of your child’s earshot.

drop-off-easier-with-someone-else =
    .title = Drop-off easier when someone else does it?
    .body = Does your child cry every morning when you take them to childcare, but wave happily when the other parent or Grandpa does it? That says nothing about how much your child loves you. Sometimes saying goodbye to one person is simply harder. For a while, let the other one do drop-off more often if you can, and you do pick-up. The day starts lighter, and the reunion is yours.

staying-with-family-you-do-bedtime =
    .title = Staying with family? You do bedtime
    .body = Staying with family for a few weeks, in a house full of aunts, uncles and cousins who all want to help? Let them join in fully during the day, but keep bedtime with you or the other parent, with your own song. In a strange house, bedtime is exactly when a toddler looks for their own people. Late and busy? A short routine is enough, as long as it’s you.

the-other-parent-does-not-come =
    .title = The other parent doesn’t come as agreed
    .body = Was your child meant to go to the other parent today, and they don’t come, or come much later? Say it honestly and without judgement: ‘Mummy can’t come today. What a shame. You’re staying with me.’ Comfort any sadness, then do something ordinary, like going outside. Your own anger makes sense; deal with it later, out of your child’s hearing. Your child needn’t carry a quarrel that isn’t theirs.

handover-between-homes-keep-it-calm =
    .title = Switching homes: keep the doorstep calm
    .body = Is the handover to the other parent often tense? Talk about money, arrangements and arguments at another time, not on the doorstep with your child there. Keep the goodbye short and friendly: ‘Have fun at Mummy’s, see you Sunday.’ Sometimes switching via childcare helps: one of you drops off, the other picks up. Then your child doesn’t have to choose between two people they love.

grieving-let-others-do-the-play =
    .title = Grief, and a toddler who wants to play
    .body = Have you lost someone, a parent, a friend, a pregnancy, and does your toddler just want to romp? You don’t have to act cheerful. Ask someone else to take on the wild games and outings, and keep the calm things for yourself: reading aloud, the sofa together, the bedtime song. That way you stay close with what you can give. Still heavier than you can carry after weeks? Talk to your GP (huisarts).

a-small-job-in-the-family-feast =
    .title = A little job of their own at the family feast
    .body = Does your family feast have a fixed ritual, like handing round biscuits at Eid or putting out a shoe for Sinterklaas? Give your toddler a small, safe job in it: carrying the little dish while you hand out, putting the carrot in the shoe. And say: ‘This is what we do every year.’ Your child feels they belong in your family. Rather watch from your arms? That’s joining in too.

waking-the-night-worker-together =
    .title = Night shifts? Make waking up a ritual
    .body = Is a parent sleeping in the daytime after a night shift, and does your toddler keep hearing ‘shh’? Make it a fixed moment: at three o’clock your child may wake the sleeper together with you, with a knock on the door and a song. Until then the bedroom stays shut, with a drawing on the door. Waiting becomes easier to grasp, and the afternoon starts with a happy reunion.

new-baby-keep-the-toddlers-week-the-same =
    .title = New baby? Keep your toddler’s week as usual
    .body = Has a baby just been born? Let your toddler keep their ordinary week as much as possible: the regular childcare days, Grandma on Wednesdays, the same bedtime routine. Need extra help to recover? Better someone your child knows well, in your own home, than suddenly new places. That way your toddler notices that their own world stays standing while someone new joins the family.

visiting-a-seriously-ill-relative =
    .title = Visiting a relative who is seriously ill
    .body = Visiting a grandparent or other relative who is very ill with your child, at home, in hospital or in a care home? Beforehand, tell your child in a few words what they’ll see: ‘Grandpa is in bed, he’s very tired.’ Keep it short, bring something to give, like a drawing, and keep your child on your lap or by the hand. Does your child want to leave? Then that was enough, and still worth it.

a-morning-in-the-childcare-group =
    .title = An hour watching in the group
    .body = Ask whether you can watch for an hour at childcare or the childminder’s one day, or go to a parents’ morning. Mostly watch: who does your child play with, whose lap do they climb onto, which songs go with snack time? Back home you can talk about it with real pictures in mind: ‘On Anouk’s lap, weren’t you?’ Tears when you leave? Goodbyes feel different there, and that’s OK.

off-to-childcare-while-the-baby-stays-home =
    .title = Off to childcare while the baby stays home
    .body = Since the birth, is your toddler still going to childcare while the baby stays home with you? Some children then feel a bit sent away. Tell them honestly what your day is like: ‘The baby drinks and sleeps, and I do the washing. After your nap I’ll come and get you.’ Dull, and usually true. Make pick-up a moment for the two of you, without the baby if you can.

a-moving-box-of-their-own =
    .title = A moving box of their own
    .body = Moving house? Give your toddler a box of their own and pack it together: the favourite cuddly toy, a few books, their own cup. Let your child scribble a drawing on it. In the new home it’s the first box you open, together on the floor: ‘Look, your things came too!’ Your child sees that what’s theirs doesn’t disappear when everything goes into boxes.

last-day-at-the-old-childcare =
    .title = The last day at the old childcare
    .body = Is your child leaving their childcare or childminder, because of a move or a new place? Make the last day a real goodbye: a treat to hand round, a photo with their regular carer, a wave at the door. Take that photo home. Simply not going any more feels to a child as if someone vanished without a word. A goodbye with a real ending makes room for the new beginning.

tears-when-leaving-grandmas =
    .title = Tears when leaving Grandma’s
    .body = Does your child cry when you collect them from the grandparents’, and refuse to come? That can hurt a little, but mostly it means they had a lovely day. Put the sadness into words: ‘You want to stay at Grandma’s a bit longer.’ Let Grandma walk with you to the car or bike and wave until you turn the corner. And on the way, say when you’ll be going back.

first-meeting-with-the-new-baby-arms-free =
    .title = The first meeting: arms free
    .body = Is your toddler coming to see the new baby for the first time, in hospital or at home? Make sure the baby is in the crib or with someone else, so your arms are free for your eldest. Cuddle first, then look together: ‘Look, that’s your little brother. Look at his tiny hands!’ Your toddler notices: my place with you is still there. Not ready to look yet? That will come.

when-the-pet-dies =
    .title = When a pet dies
    .body = Has the cat, the rabbit or the guinea pig died? Say it honestly and briefly: ‘Kitty has died. She doesn’t move any more and won’t come back.’ Try not to say ‘she’s sleeping’: that can make sleep frightening. Do something small together to say goodbye: lay down a flower, wave at the spot in the garden. Is your child still looking for the animal weeks later? Then simply say it again, just as calmly.

grandparent-under-the-same-roof =
    .title = Grandma lives with you, and your child runs to her
    .body = Does a grandparent live with you, and does your child run straight to Grandma after you’ve said no? Agree together that Grandma lets the no stand, but may comfort: ‘Daddy said no. Come and sit with me for a bit.’ Your child doesn’t have to choose between two adults, and still gets comfort. It works the other way round too: if Grandma says no, you comfort. Discuss this when your child isn’t around.

ramadan-iftar-on-your-lap =
    .title = Ramadan: the start of iftar on your lap
    .body = Is it Ramadan, and does iftar fall around your toddler’s bedtime? Feed your child earlier, then take them on your lap at the table as iftar begins, when everyone breaks the fast together. Then comes the usual bedtime routine. Your toddler shares the special moment, without hunger or a late night. Iftar long after bedtime? Then first a round of goodnights to the whole family.

moving-day-with-a-familiar-person =
    .title = Moving day: your child with someone they know
    .body = Is it moving day? Let your toddler spend the day with someone they know well, at Grandma’s, with a friend or at their usual childcare, away from boxes and people hauling furniture. Only fetch your child once their bed is up in the new home. Then their first impression of the new house is a room with their own bed, and you, calm, in it. The chaos of that day is something your child needn’t see.

walks-in-without-looking-back =
    .title = Does your child walk in without looking back?
    .body = Does your toddler run into childcare or Grandma’s house without a backward glance, while you’re still ready for a cuddle? That can sting. Yet it’s often a sign of trust: your child knows you’ll come back. Say goodbye anyway, even if they don’t wave: ‘Bye, sweetheart, I’ll fetch you after your nap.’ That keeps your leaving predictable, also on the days when your child does need you.

a-drawer-of-their-own-at-grandmas =
    .title = A drawer of their own at Grandma and Grandpa’s
    .body = Does your child often go to the grandparents’ or to another regular sitter’s home? Ask whether they could have a drawer or basket of their own there, with a few things: a book, a cup, a jumper, some toys. Let your child look inside each time: ‘Look, your things are still here.’ Then your child has a spot in that house that’s theirs and waits for them. It makes it a little bit home.

visitors-greet-the-big-one-first =
    .title = Visitors for the baby? Greet the big one first
    .body = Visitors coming to see the new baby, or the kraamverzorgende (maternity carer) around? Ask everyone to greet your toddler first when they come in, and only then look at the baby. A small present for the big one is nice, but attention counts more: ‘Look how big you are! Will you show me the baby?’ Then your toddler isn’t the child in the way, but the host of their little brother or sister.

asks-to-go-back-to-the-old-house =
    .title = ‘Home!’ But they mean the old house
    .body = Just moved, and does your toddler keep asking to ‘go home’, meaning the old house? Don’t laugh it off or over-explain. Say what you see: ‘You miss our old house. We lived there. Now we live here.’ Look at a photo of the old house together, or cycle past it one day. Homesickness is allowed. With every day here, the new rooms become a little more like home.

let-them-show-you-round-at-pick-up =
    .title = At pick-up, let them show you round
    .body = Does your toddler not want to leave yet at pick-up? Now and then, take two minutes and let your child show you their place: ‘Where did you play today? Show me.’ Look at the block tower, the sandpit, the cot. For a moment your child is the guide in their own world, and you’re the guest. Going home together afterwards is often easier than pulling them away from their game.

feast-day-tell-it-beforehand =
    .title = A feast day? Tell them beforehand how it will go
    .body = Is a big day coming up, like Eid, Christmas, Diwali or a family wedding? The day before, tell your toddler in a few sentences how it will go: ‘Tomorrow we’ll put on your nice clothes. Then we’ll go to Grandma’s. There’ll be lots of people, and I’ll stay with you.’ Let your child try on the party clothes beforehand. What your child already knows a little is less overwhelming on the day itself.

a-relative-who-smacks =
    .title = ‘A little smack never hurt anyone’
    .body = Does a relative smack your child, or say it does no harm? Hold your child close and comfort them. Say calmly and clearly: ‘In our family nobody hits, not even gently.’ Offer an alternative: ‘Say no and lift him away.’ A smack mostly teaches fear. Don’t leave your child alone with someone who keeps hitting. Hard to raise, or keeps happening? The consultatiebureau (child health clinic) can help.

share-bedtime-before-the-baby-comes =
    .title = Baby on the way? Start sharing bedtime now
    .body = Does one parent mostly put your toddler to bed, and will that parent soon be busy with the baby? A few weeks before the due date, let the other parent or a trusted grandparent do the bedtime routine now and then, exactly the way your child knows it. Together first, then taking turns. That way your toddler won’t suddenly lose their bedtime person around the birth. Protest at first is very common.

empty-house-when-your-child-is-at-the-other-home =
    .title = A quiet house while your child is at the other home
    .body = Is your child spending a few days with the other parent, and does the house feel suddenly empty? Missing them is normal, even if you enjoy the quiet. Don’t keep ringing to hear how it’s going; a short, set goodnight moment is calmer for your child. Plan something for yourself: sleep, exercise, a friend. Then your child can settle at the other home, knowing you’ll be there when they come back.

a-suitcase-in-the-hall =
    .title = A suitcase in the hall
    .body = Is the suitcase out for a trip, a hospital stay or a weekend away? Many toddlers grasp straight away that someone is leaving, and turn clingy. So say out loud who is going and who is staying: ‘This case is Daddy’s. He’s away for three nights, and you’re staying home with me.’ All going together? Then let your child put something in the case themselves.

may-i-hold-the-baby =
    .title = ‘Can I hold the baby?’
    .body = Does your toddler want to hold the new baby too? Sit them on the floor or well back on the sofa, a cushion under their arm, and lay the baby on their lap while your hands keep supporting the baby’s head and body. Say what you see: ‘She’s looking at you. You’re holding your little sister.’ Keep it short; stop as soon as either gets restless. Your toddler feels big and trusted.

a-goodbye-that-keeps-stretching =
    .title = One more kiss, and one more…
    .body = Is saying goodbye at childcare or with the sitter getting longer and longer: one more kiss, one more cuddle, one more wave? Agree on a set number and count out loud: ‘Two kisses and one cuddle. One, two… cuddle. Bye!’ Then really go. A goodbye with a clear ending is easier for your child than one that keeps starting over. Tears anyway? Then the carer takes over.

tell-where-you-were-today =
    .title = Tell them where you were today
    .body = When you’re together again after a working day, don’t just ask about your child’s day; tell them briefly about yours: ‘I was at work. I sat at a big table, and at lunch I thought of you.’ Then your going away isn’t a black hole, but simply a place where you were. And your child hears that they were on your mind. Tomorrow they might ask you themselves: ‘Work?’

big-sibling-starts-school =
    .title = A big brother or sister starts school
    .body = Is an older brother or sister starting primary school, and does your toddler wander around all morning asking ‘Sem?’ Bring your toddler to the school gate at drop-off and pick-up, and let them wave. Say what you see: ‘You miss Sem. Sem is at school; after lunch we’ll fetch him.’ Let the big one tell or show something after school. Saying goodbye to each other becomes an ordinary part of your day.

a-worry-about-childcare-raise-it =
    .title = A nagging feeling about childcare?
    .body = Did you see something at pick-up that bothers you, like a child left crying alone for a long time, or a harsh tone? Don’t let it simmer. Ask for a talk with the mentor or the manager that same week, and say what you saw without judging straight away: ‘I saw this. What was going on?’ Often there’s an explanation, and if not, something gets done. You are your child’s voice there.

when-visiting-family-fly-home =
    .title = When family who stayed with you go home
    .body = Did family from far away stay with you for weeks, and have they now gone home? Your toddler may miss them without being able to say so: searching the spare room, being whiny, sleeping restlessly. Say what you see: ‘You’re looking for Grandma. Grandma’s on the plane to her house.’ Leave Grandma’s cardigan or a photo out for a while. A set time for a call helps you both through the first week.

toddler-wants-to-be-the-baby-again =
    .title = Does your toddler want to be a baby again?
    .body = Since the birth, does your toddler suddenly want a bottle again, to be carried or ride in the pram, or talk like a baby? That’s very common. Play along now and then: ‘Come here, my big baby’, a few minutes of rocking, then big again. Your child isn’t testing you; they’re checking there’s still room for them with you. A child who feels sure of that grows big again by themselves.

a-few-nights-at-the-grandparents =
    .title = A few nights at the grandparents’
    .body = Is your toddler staying with the grandparents for a few days, because you have to go away or need a rest? If you can choose, keep it short: for a child this age, one or two nights is already long. Say it in a way they can follow: ‘Two sleeps at Grandma’s, then I’ll fetch you.’ And come as promised. Extra clingy afterwards? Very normal: your child is checking you’re really back.

calling-for-the-absent-parent-at-bedtime =
    .title = At bedtime, calling for the one who isn’t there
    .body = At bedtime, does your child call for the parent who isn’t there, because they live in the other home, are at work or away? Don’t try to talk it away. Say: ‘You miss Mummy. Mummy’s thinking of you too. You’ll see her tomorrow.’ Blow a kiss to her photo together, or wave at the moon ‘that Mummy can see too’. The missing is allowed to be there, and you stay close until it fades.

new-house-show-where-you-sleep =
    .title = New home: show them where you sleep
    .body = Just moved? In the new home, your toddler doesn’t yet know where you are at night. In the daytime, walk together from their bed to yours a few times, as a game: ‘Where does Daddy sleep? Here!’ At bedtime, say: ‘I’m sleeping in the room next door.’ If your child calls in the night, answer and come. Knowing where their people sleep makes the night in a strange house smaller.

say-who-picks-up-today =
    .title = Say in the morning who’s picking up today
    .body = Is someone other than usual collecting your child today, like Grandpa, the neighbour or the other parent? Say it in the morning at drop-off: ‘Today Grandpa’s picking you up, after your nap. Tomorrow it’s me again.’ Ask the carer to mention it again in the afternoon. Then there’s no surprise at the door, but someone who was announced. That makes even an unusual day predictable.

labels-at-family-gatherings =
    .title = ‘What a stubborn little thing’
    .body = Does a relative say, in your child’s hearing, ‘She’s so stubborn’ or ‘He’s always so difficult’? Your child understands more than you think. Lightly offer a kinder word back, so your child hears it: ‘She knows exactly what she wants.’ Or: ‘He’s tired, it’s been a long day.’ That way your child hears how you see them. Children often come to believe what they hear about themselves.

the-baby-can-wait-a-moment =
    .title = Sometimes the baby can wait a moment
    .body = Does your toddler keep having to wait because the baby needs a feed or a clean nappy? Today, choose a moment on purpose when the baby, just fed and safe in the crib or on the mat, waits a little: ‘Baby, wait a moment, first I’m helping your big sister.’ Say it out loud, so your toddler hears it. A baby can grumble for a moment, and your toddler hears that sometimes they come first too.

will-you-look-after-this-for-me =
    .title = ‘Will you look after this for me?’
    .body = Going away for a few days? Give your toddler something of yours to look after: an old hat, or a T-shirt that smells of you. ‘Will you keep this safe for me? When I’m back, I’ll come and get it from you.’ Your homecoming becomes something to wait for, with something real to hold. And when you’re back: ‘Do you still have my hat? Thank you for looking after it!’

stepchildren-for-the-weekend =
    .title = Stepchildren for the weekend
    .body = Do your partner’s children come to stay every other weekend, and is the house suddenly full? Keep a few things the same for your toddler as on weekdays: their own bed, their own cup, the bedtime song with you. Say beforehand who’s coming: ‘Tomorrow Noor and Daan are coming.’ Then a full house feels like a party, not an invasion, and your toddler keeps their own place.

one-family-visit-a-day-at-the-holidays =
    .title = Holidays: one family visit a day
    .body = Are three family visits planned on one day over Christmas, Eid or New Year? For your toddler’s sake, choose one, and let the afternoon nap go ahead at home or in the usual place. A child this age soon gets overloaded by house after house and face after face. Family disappointed? ‘We’d love to come, but one house a day is what he can manage.’

gentle-hands-with-the-baby =
    .title = So much love, so firm: gentle hands with the baby
    .body = Does your toddler keep wanting to cuddle the baby, but so firmly that it makes you jump: squeezing, pushing, tugging a foot? Usually it’s love with too much strength. Put your hand over your child’s and stroke together: ‘Like this, gently down her leg.’ Big squeezes can go to a doll or a cushion. Stay close whenever they’re together. Gentle touch is learnt from your hands, not from a ban.

keep-talking-about-who-died =
    .title = Keep talking about the one who has died
    .body = Has Grandpa, Grandma or another dear relative died? Keep talking about them, to your toddler as well: ‘Grandpa always sang you this song.’ Sing it together, or look at a photo: ‘That’s Grandpa. Grandpa has died, and we miss him.’ That way this person stays part of your child’s story, even if they’ll remember little of them later. And you’re allowed to feel sad as you do it.

a-first-friend-at-childcare =
    .title = A first friend at childcare
    .body = Does your child keep saying a name from childcare, or does the worker say they always want to sit next to the same child? Ask about it with curiosity, and arrange to meet that child and their parent at the playground. A first favourite is the start of friendship, and grows out of the security your child feels with you. At this age, playing together often means side by side; fine.

speak-warmly-about-the-other-home =
    .title = Speak warmly about the other home
    .body = Does your child also live with the other parent? At home, put up a photo of your child with that parent at child height, and talk about it kindly: ‘There’s Daddy. You’ve got a blue cup at Daddy’s, haven’t you?’ Even when things are tense between you. Then your child doesn’t have to feel they should love one of you less. Finding that hard? Talk to someone you trust, out of your child’s hearing.

tell-the-baby-about-the-big-one =
    .title = Tell the baby about the big one
    .body = Talking to the new baby? Let your toddler hear how proud you are of them: ‘Look, baby, that’s your big sister. She climbs the stairs by herself already, and she knows all the songs.’ A toddler who hears how you talk about them feels seen, just when the baby is getting lots of attention. It costs nothing extra: you’re talking to the baby anyway.

make-a-welcome-home-drawing =
    .title = Make a welcome home together
    .body = Is the parent who’s been away coming home tomorrow? Today, make a welcome together with your toddler: a drawing on the door, flowers from the garden in a glass, slippers set out ready. And say: ‘One more sleep, then Daddy’s home.’ Waiting becomes something you do together, and your child knows the missing is nearly over. A bit shy at the homecoming anyway? Very normal; give it a little time.

the-week-in-pictures =
    .title = The week in pictures
    .body = Is your child’s week a puzzle: two days at childcare, a day at Grandma’s, a day at home? Make a strip with seven boxes and a photo or drawing for each day: the childcare building, Grandma’s face, your house. Look at it together every morning: ‘Today is a Grandma day.’ A child of nearly two understands a picture like that better than ‘Wednesday’. For a toddler, predictable means safe.

walk-past-the-new-playgroup =
    .title = Starting playgroup soon? Walk past it
    .body = Is your child starting at the peuterspeelzaal or voorschool (toddler playgroup) soon, from around two? In the weeks before, walk or cycle past a few times. Look through the fence together at the sandpit and the children: ‘That’s where you’ll play soon.’ Ask whether you can have a look inside together once. A place your child already knows from the outside feels less strange on the first day.

second-birthday-everyone-sings =
    .title = Everyone sings, and your child hides
    .body = Is your child turning two soon, with visitors coming who’ll all burst into song? Many toddlers find all those eyes on them a lot: they hide their face or crawl away. That isn’t ungratefulness. Take your child on your lap during the singing, let them look away, and blow out the candles together, or don’t. The party is for your child, not for the photo.
