# Every text of every line that contains the word, ignoring (ASCII) case: the meeting, the line's
# seq and type, and the text. Like `runde search WORD`, without its folding of æ, ø and å.
#
#   jq -n -c --arg word heimekontor -f scripts/bench/search.jq TEAM/meetings/*.jsonl …
def meeting: input_filename | split("/") | "\(.[-3])/\(.[-1] | rtrimstr(".jsonl"))";

($word | ascii_downcase) as $w
| inputs | . as $e
| .. | strings | select(ascii_downcase | contains($w))
| {meeting: meeting, seq: $e.seq, type: $e.type, text: .}
