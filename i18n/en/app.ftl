# hechting: every string of the app (English).
# Tone: warm, short and calm; address the reader as ‘you’; for any carer.

-app-name = hechting

## Moment kinds (label + short description in the picker)

kind-cuddle = Cuddling
    .hint = Holding your baby close, just because.
kind-skin-to-skin = Skin to skin
    .hint = Your baby bare on your bare chest, while you are awake and alert.
kind-massage = Massage
    .hint = Slow strokes with warm hands; stop when your baby turns away.
kind-feeding = Feeding
    .hint = Breast or bottle, with attention for each other.
kind-eye-contact = Eye contact
    .hint = Looking at each other, just the two of you.
kind-talking = Talking
    .hint = Telling your baby what you do, see or feel.
kind-singing = Singing
    .hint = A song or rhyme; singing off-key is fine.
kind-reading = Reading
    .hint = A book together; your voice matters most.
kind-play = Playing
    .hint = Playing together, on the floor or on your lap.
kind-peekaboo = Peekaboo
    .hint = Hiding your face and popping back again.
kind-mirror = Mirror
    .hint = Looking in the mirror together and naming what you see.
kind-comfort = Comforting
    .hint = Your baby cried and you helped them settle.
kind-bath = Bath
    .hint = Bath time, alone or together, nice and slow.
kind-walk = Walk
    .hint = Out together, in a carrier or pram.
kind-hard-moment = Hard moment
    .hint = Things didn’t go smoothly between you. It happens to everyone.
kind-repair = Back together
    .hint = Reconnecting after a hard moment.
kind-milestone = Milestone
    .hint = Something new or special to remember.
kind-other = Something else
    .hint = A moment that doesn’t fit anywhere else.

## Tip themes

theme-bonding = Bonding
theme-touch = Touch
theme-play = Play
theme-talk = Talking
theme-soothing = Soothing
theme-routine = Rhythm
theme-carers = Other carers
theme-feelings = Feelings
theme-self-care = Caring for yourself

## Phases

phase-expecting = Before birth
    .about = Your baby can already hear your voice; you can take your time getting ready.
phase-newborn = Newborn
    .about = From day one your baby seeks closeness, and you learn their signals.
phase-familiar-faces = Familiar faces
    .about = Your baby knows your face and voice and turns to what feels familiar.
phase-clear-attachment = Clear attachment
    .about = The bond shows: your baby mostly wants to be with familiar people.
phase-explorer = Explorer
    .about = With you as a safe base, your child sets off exploring and comes back for comfort.
phase-toddler = Toddler
    .about = Your child wants to do more and more alone, and still needs you just as much.

## Ages

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    } and { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [one] { $years } year
       *[other] { $years } years
    } and { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [one] { $days } day to go
       *[other] { $days } days to go
    }
age-due-today = due today
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [one] { $days } day past the due date
       *[other] { $days } days past the due date
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } ({ $corrected } corrected)
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [one] { $days } day until the due date
       *[other] { $days } days until the due date
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [one] { $count } moment
       *[other] { $count } moments
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [one] { $count }× { $kind }
       *[other] { $count }× { $kind }
    }

## Errors

error-name-empty = Please enter a name; a nickname is fine too.
error-name-too-long = This name is longer than 80 characters; please make it a little shorter.
error-name-invalid-characters = The name contains a character that can’t be saved; remove it and try again.
error-dates-missing = Please enter a date of birth or a due date.
error-date-invalid = This date doesn’t exist; please pick the date again.
error-birth-date-in-future = The date of birth is in the future; pick today or earlier, or enter a due date instead.
error-due-date-too-far = The due date is more than 300 days away; please check the date.
error-birth-too-late = The date of birth is more than 4 weeks after the due date; please check both dates.
error-birth-too-early = The date of birth is more than 18 weeks before the due date; please check both dates.
error-note-too-long = This note is longer than 4000 characters; please make it a little shorter.
error-caregiver-too-long = The name under ‘who was there’ is too long; please make it shorter.
error-note-invalid-characters = This note contains a character we can’t save; remove it and try again.
error-caregiver-invalid-characters = The ‘who was there’ field contains a character we can’t save; remove it and try again.
error-kind-unknown = We don’t know this kind of moment; please pick one from the list.
error-time-out-of-range = This time can’t be right; please pick another time.
error-utc-offset-out-of-range = Your phone’s time zone doesn’t look right; please check it in your phone’s settings.
error-duration-out-of-range = This duration can’t be saved; please pick another one.
error-limit-out-of-range = The list couldn’t be loaded; please try again.
error-cursor-invalid = The list has changed in the meantime; please load it again.
error-days-out-of-range = This period is too long to show; please pick a shorter one.
error-date-range-reversed = The end date is before the start date; please swap them.
error-locale-unknown = This language isn’t available; please pick one from the list.
error-theme-unknown = We don’t know this topic; please pick one from the list.
error-id-invalid = This item couldn’t be found; go back and try again.
error-import-invalid = This file can’t be read; please choose an export file from { -app-name }.
error-import-format-unsupported = We don’t know this version of the export file yet; update the app and try again.
error-import-too-large = This file is too large to read; please choose a smaller export file.
error-tip-id-invalid = This file contains a tip that can’t be read; please choose an export file from { -app-name }.
error-pairing-code-missing = Set a pairing code first: the same one on both phones.
error-pairing-code-too-short = The pairing code needs at least 8 characters; a few words in a row work well.
error-pairing-code-too-long = The pairing code is longer than 128 characters; please make it a little shorter.
error-pairing-code-invalid-characters = The pairing code contains a character that can’t be used; remove it and try again.
error-share-invalid = This file isn’t a bundle from { -app-name }; please share again from the other phone.
error-share-not-opened = This bundle won’t open: the other phone has a different pairing code, or the file was changed on the way. Check the code on both phones; nothing has been changed.
error-share-format-unsupported = This bundle comes from a newer version of { -app-name }; please update the app, nothing has been changed.
error-share-too-large = This file is too large to be a bundle from { -app-name }; please choose another file.
error-share-own-bundle = This bundle comes from this phone itself; open it on the other phone.
error-child-not-found = This child is no longer in the app; go back to the overview.
error-moment-not-found = This moment is no longer here; it may already have been deleted.
error-tip-not-found = This tip couldn’t be found; go back and pick another one.
error-article-not-found = This article couldn’t be found; go back to the list.
error-backup-not-found = This backup is no longer here; please pick another one.
error-nothing-to-undo = There is nothing left to undo.
error-storage = Saving didn’t work; please try again in a moment.
error-storage-full = Your phone is full, so nothing could be saved; free up some space and try again.
error-corrupt = The app’s data is damaged. Close any widget or other part of the app that uses it and try again; what you wrote is kept.
error-database-too-new = Your data comes from a newer version of { -app-name }; please update the app, nothing has been changed.
error-interrupted = This was interrupted before it finished; please try again.
error-journal-busy = Another part of the app (a widget, for example) is still using the journal; close it and try again in a moment. Nothing has been changed.
error-unexpected = Something unexpected went wrong; please try again.

## Recovery after damaged data

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = Your data was damaged. We kept a copy of it and restored the backup from { $date }.
recovery-started-empty = Your data was damaged and there was no backup yet. We kept a copy and started fresh.

## Welcome

onboarding-welcome-title = Welcome to { -app-name }
onboarding-intro-1 = One small tip a day that fits your baby’s age.
onboarding-intro-2 = Short articles to read whenever it suits you.
onboarding-start = Get started
onboarding-add-child-title = About your baby
onboarding-name-label = Name
onboarding-name-hint = No name yet? A nickname is fine too.
onboarding-born-question = Has your baby been born yet?
onboarding-born-yes = Yes, already born
onboarding-born-no = No, not yet
onboarding-birth-date-label = Date of birth
onboarding-due-date-label = Due date
onboarding-due-date-hint = Born early? Add the due date too, so the tips fit better.
onboarding-twins-hint = Twins or more? Add each child separately.
onboarding-add-another = Add another child
onboarding-finish = Go to the app
onboarding-privacy-title = Everything stays with you
onboarding-privacy = What you enter stays on this phone. Nothing is sent anywhere.

## Today

home-greeting = Good to see you
home-greeting-morning = Good morning
home-greeting-afternoon = Good afternoon
home-greeting-evening = Good evening
home-today-tip-title = Today’s tip
# Variables: $name (string) - the child's name
home-tip-for = Tip for { $name }
home-age-heading = Age
home-corrected-hint = Corrected age: counted from the due date.
home-due-heading = Until the due date
home-latest-moments = Latest moments
home-log-moment = Add a moment
home-no-moments = No moments yet. Add one whenever it suits you; a cuddle counts too.
home-no-tip = No new tip today. Simply being together is enough.
home-no-tip-hint = You can turn topics on or off in Settings.

## Journal

journal-title = Journal
journal-add = Add a moment
journal-edit = Edit moment
journal-delete = Delete moment
journal-deleted = Moment deleted
journal-deleted-undo = Undo
journal-restore = Restore
journal-restored = Moment restored
journal-kind-label = Kind of moment
journal-note-label = Note
journal-note-placeholder = What did you notice? You can leave this empty.
journal-duration-label = How long?
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
journal-caregiver-label = Who was with your baby?
journal-caregiver-placeholder = For example you, your partner or a grandparent
journal-time-label = Time
journal-filter-kind = Filter by kind
journal-filter-all = All moments
journal-search-placeholder = Search your notes
journal-search-empty = Nothing found. Try another word.
journal-empty = Your journal is still empty. Every moment counts, however small.
journal-load-more = Load more
journal-day-chart-title = Moments per day
journal-today = Today
journal-yesterday = Yesterday

## Tips

tips-title = Tips
tips-tried = Tried it
tips-favourite = Save
tips-unfavourite = Remove from saved
tips-not-for-me = Not for me
tips-not-for-me-undo = Show it after all
tips-hidden = We won’t show this tip again.
tips-favourites-title = Saved tips
tips-favourites-empty = No saved tips yet. Tap Save on a tip you want to find again.
tips-history-title = Earlier tips
tips-history-empty = The tips you had before will appear here.
tips-upcoming-title = Coming up
tips-why-title = Why this tip?
# Variables: $theme (string) - already localized theme label
tips-why-theme = Topic: { $theme }
tips-notification-title = Your tip for today

## Articles

articles-title = Read
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [one] { $minutes } minute to read
       *[other] { $minutes } minutes to read
    }
articles-sources = Sources
articles-back = Back to articles

## Settings

settings-title = Settings
settings-language = Language
settings-language-system = Use the phone’s language
settings-themes-title = Tip topics
settings-themes-explanation = Turn a topic off if it doesn’t fit you right now. You can turn it back on later.
settings-notification-title = Reminder
settings-notification-time = Time of the daily tip
settings-export = Export data
settings-export-hint = Make a file with all your data, for example for a new phone.
settings-export-done = The export file is ready.
settings-import = Import data
settings-import-hint = Read in an export file from { -app-name }. What is already here stays.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    Done: { $added ->
        [one] { $added } new item
       *[other] { $added } new items
    }, { $updated ->
        [one] { $updated } item updated
       *[other] { $updated } items updated
    }, { $unchanged ->
        [one] { $unchanged } item unchanged
       *[other] { $unchanged } items unchanged
    }.
settings-share-title = Share the journal
settings-share-hint = Keep one journal on two phones: make a bundle here and open it on the other phone, then the other way round.
settings-share-code = Pairing code
settings-share-code-hint = Choose a code of at least 8 characters together and enter it on both phones. Only this code opens a bundle.
settings-share-make = Share with the other phone
settings-share-done = The bundle for the other phone is ready.
settings-share-receive = Open a bundle
settings-backups-title = Backups
settings-backups-hint = The app keeps backups on this phone.
settings-backups-empty = There is no backup yet.
settings-backup-restore = Restore this backup
settings-backup-restore-confirm = Your current data will be replaced by this backup. Continue?
settings-backup-restored = The backup has been restored.
settings-about-title = About { -app-name }
settings-about-text = { -app-name } helps you build a secure bond with your baby through small everyday moments. If you have worries, feel free to ask the consultatiebureau (child health clinic) or your GP (huisarts).
settings-privacy-title = Privacy
settings-privacy-text = Everything you enter stays on this phone. Nothing leaves it unless you share an export or a bundle yourself.

## Common

common-save = Save
common-cancel = Cancel
common-delete = Delete
common-undo = Undo
common-close = Close
common-retry = Try again
common-ok = OK
common-yes = Yes
common-no = No
common-back = Back
common-next = Next
common-done = Done

## Children

child-list-title = Your children
child-add = Add a child
child-edit = Edit details
child-remove = Remove child
# Variables: $name (string) - the child's name
child-remove-confirm = Remove { $name }? All moments and notes for { $name } will be removed too.

## Terminal shell (hechting-cli)

cli-no-child = No child yet. Add one: hechting child add <name> --born YYYY-MM-DD
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = There is more than one child ({ $names }); choose one with --child <name or id>.
# Variables: $name (string) - a child's name
cli-child-name-twice = More than one child is called { $name }; choose by id (see hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = { $name } was removed. To bring them back: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = Could not use the file { $file } ({ $reason }); check the path and try again.
cli-no-data-dir = This computer has no data folder for { -app-name }; name a database file with --db <file>.
# Variables: $file (string) - the demo database's path
cli-demo-footer = This is a demo journal, kept in { $file }. To look around in it:
cli-undo-hint = To bring it back: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = More: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = The damaged file was kept as { $file }.
