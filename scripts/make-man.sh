#!/usr/bin/env bash
# Writes runde(1) to standard output. The COMMANDS section is made from the built binary's own
# help (`runde help <command>`), so the page never lists an option the program does not have.
# Usage: scripts/make-man.sh path/to/runde > runde.1
set -euo pipefail
runde=$1

# The help unwrapped (one line a paragraph or an option), in English whatever the language of
# the machine that builds it (RUNDE_LANG before the team file and the locale): the page is
# written in English, and the headings read here (OVERVIEW:, OPTIONS:) are the English ones.
help() { COLUMNS=100000 LANG=C.UTF-8 RUNDE_LANG=en "$runde" help "$@"; }

# Roff-safe text: backslashes escaped, options (--since, -o) with real minus signs, a leading
# dot or quote neutralised, every other character than ASCII as a \[uXXXX] escape.
roff() {
  perl -CS -pe '
    s/\\/\\e/g;
    s/(?<![\w\\-])(--?[A-Za-z][\w-]*)/$1 =~ s{-}{\\-}gr/ge;
    s/^([.\x27])/\\&$1/;
    s/([^\x00-\x7F])/sprintf("\\[u%04X]", ord($1))/ge;
  '
}

# An option or argument label: names in bold, <values> in italics.
label() { roff | sed -e 's/<[^>]*>/\\fI&\\fB/g' -e 's/^/\\fB/' -e 's/$/\\fR/'; }

# One command's part of COMMANDS: its help's overview, usage, arguments and options.
command_section() {
  local name=$1 section="" line text
  printf '.SS "runde %s"\n' "$name"
  while IFS= read -r line; do
    case $line in
      "OVERVIEW: "*) section=overview; printf '%s\n' "${line#OVERVIEW: }" | roff ;;
      "USAGE: "*)
        section=usage
        # Every hyphen in a usage line is in an option or a value name, so none is a place to
        # break; nor is the space between an option and its <value>. Not justified (.na), so
        # the options keep single spaces between them.
        printf '.PP\n.na\n'
        printf '%s\n' "${line#USAGE: }" | roff | sed -e 's/\([^\\]\)-/\1\\-/g' -e 's/ </\\ </g' \
          -e "s/^runde $name/\\\\fBrunde $name\\\\fR/"
        printf '.ad\n' ;;
      "ARGUMENTS:" | "OPTIONS:") section=list ;;
      "") if [ "$section" = overview ]; then printf '.PP\n'; fi ;;
      "  -h, --help "* | "  --version "*) ;;
      "  "[!\ ]*)
        # "  --since <since>         Only decisions …": the label, then two or more spaces.
        text=${line#  }
        printf '.TP\n'
        printf '%s\n' "${text%%  *}" | label
        case $text in *"  "*) printf '%s\n' "${text#*  }" | sed 's/^ *//' | roff ;; esac ;;
      "   "*) printf '%s\n' "$line" | sed 's/^ *//' | roff ;;
      *) printf '%s\n' "$line" | roff ;;
    esac
  done < <(help "$name")
}

# The subcommands, as `runde --help` lists them.
commands=$(COLUMNS=100000 RUNDE_LANG=en "$runde" --help | sed -n '/^SUBCOMMANDS:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
version=$("$runde" --version)

cat <<ROFF
.TH RUNDE 1 "" "runde $version" "User Commands"
.nh
.SH NAME
runde \- run team meetings by consent from a terminal
.SH SYNOPSIS
.B runde
.I command
.RI [ arguments ]
.RI [ options ]
.br
.B runde help
.RI [ command ]
.br
.B runde \-\-version
.SH DESCRIPTION
.B runde
is a meeting facilitator for self-managed teams that decide by consent.
It keeps a meeting on its recipe and writes every step to an append-only, hash-chained log
(one JSON Lines file a meeting) that the minutes, the registers of decisions and actions and
the search are made from.
.PP
The method in two sentences: each item on the agenda is of one of five types
(information, discussion, decision, session, our problem) and is run through that type's steps,
with rounds where everyone speaks in turn.
A decision is taken by consent, not agreement: it passes when no one has an objection it is
not good enough for now or safe enough to try, and every decision gets a date to be reviewed.
.PP
Everything runde prints is in Nynorsk by default; \fB\-\-lang nb\fR gives Bokm\[u00E5]l and
\fB\-\-lang en\fR English.
.SH COMMANDS
ROFF
for name in $commands; do command_section "$name"; done
cat <<'ROFF'
.SH FILES
A team folder, found from the current folder upward (or named with \fB\-\-team\fR), holds:
.TP
.I team.toml
The team: its name, members and their roles, the team's agreement, \fIreview_after\fR.
.TP
.I agenda.txt
The agenda \fBrunde run\fR plans a new meeting from (Docs/agenda.md).
.TP
.I meetings/*.jsonl
One append-only, hash-chained log a meeting, named by date, time and title.
Nothing in it is ever rewritten: undo is a new line.
.TP
.I recipes/*.toml
The team's own recipes for sessions and for "our problem" items, in place of the built-in ones.
.TP
.I meetings/*.jsonl.fork\-*
Lines of a meeting that grew on two machines apart (a fork, found by \fBrunde sync\fR):
the other copy's lines after the fork point, kept beside the log (Docs/sync.md).
.TP
.IR .gitignore ", " .gitattributes
Written by \fBrunde init \-\-git\fR and \fBrunde sync\fR when the team folder is shared
through git: the index is left out, and logs are merged by runde's rule.
.TP
.I .runde/index.sqlite
The index that answers \fBdecisions\fR, \fBactions\fR, \fBsearch\fR and \fBreview\fR at once;
derived from the logs, refreshed before every question, safe to delete.
.PP
Every file runde creates is the user's alone (0600, folders 0700), or the group's too in a
folder shared through a Unix group (setgid, 0660 and 02770).
.SH ENVIRONMENT
.TP
.B RUNDE_LANG
The language of what runde prints: nn (Nynorsk), nb (Bokm\[u00E5]l) or en (English).
\fB\-\-lang\fR comes first.
.TP
.BR LC_ALL ", " LC_MESSAGES ", " LANG
Read in that order when neither \fB\-\-lang\fR nor \fBRUNDE_LANG\fR is set: a locale of
nn, nb (or no) or en picks that language; any other gives Nynorsk.
.TP
.B COLUMNS
The width of the registers' text tables when not on a terminal (default 100).
.TP
.B TZ
The time zone of the times runde shows and of the dates in meeting names;
the logs keep UTC.
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
A failure, with a message: a file that could not be read or written, a command the method
refuses, a damaged log found by \fBrunde verify\fR.
.TP
.B 64
A usage error: an unknown command or option, a missing or invalid argument.
.SH EXAMPLES
Create a team folder, then plan and run a meeting from its agenda:
.PP
.RS
.nf
runde init heimetenesta \-\-name "Heimetenesta Fjordvik" \e
    \-\-member "kari:Kari Nordvik:fasilitator"
cd heimetenesta
runde run \-\-title "Teamm\[u00F8]te veke 48"
.fi
.RE
.PP
Read the minutes, share them without the exempt items, and look back:
.PP
.RS
.nf
runde show teammote\-veke\-48
runde export veke\-48 \-\-format html \-\-public \-o referat.html
runde decisions \-\-due\-for\-review
runde actions \-\-open \-\-owner kari
runde search hoyring
runde verify
.fi
.RE
.SH SEE ALSO
In the source repository's Docs folder:
.I architecture.md
(the design),
.I format.md
and
.I schema/event.schema.json
(the log),
.I agenda.md
(the agenda format),
.I keys.md
(the keys of the live screen),
.I registers.md
(decisions, actions, search),
.I export.md
(minutes as Markdown, HTML, JSON),
.I security.md
(what runde protects, and what it cannot),
.I library.md
(the RundeCore library).
ROFF
