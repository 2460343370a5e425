# Every decision of every meeting, newest first, as `runde decisions` lists them: with the later
# decision that replaced it (its `replaces`) and its next review (the latest decisionReviewed that
# kept it, else its own review date). Undone events are not left out (the bench's logs have none).
#
#   jq -n -c -f scripts/bench/decisions.jq TEAM/meetings/*.jsonl [OTHER-TEAM/meetings/*.jsonl …]
#
# Meetings of different teams may share a name, so a meeting is named <team folder>/<log name>.
def meeting: input_filename | split("/") | "\(.[-3])/\(.[-1] | rtrimstr(".jsonl"))";

reduce (inputs | select(.type == "decisionRecorded" or .type == "decisionReviewed") | .meeting = meeting) as $e
  ({decisions: [], nextReview: {}, replacedBy: {}};
   ($e.meeting | split("/") | .[0]) as $team
   | if $e.type == "decisionRecorded" then
       "\($e.meeting)#\($e.item)" as $ref
       | .decisions += [$e | {ref: $ref, meeting, item, owner, text, decidedAt, reviewDate, replaces}]
       | if $e.replaces then .replacedBy["\($team)/\($e.replaces)"] = $ref else . end
     elif $e.outcome == "kept" then .nextReview["\($team)/\($e.decision)"] = $e.nextReview
     else . end)
| .nextReview as $next | .replacedBy as $replaced
| .decisions | sort_by(.decidedAt) | reverse | .[]
| .replacedBy = $replaced[.ref]
| .nextReview = (.ref as $r | if $next | has($r) then $next[$r] else .reviewDate end)
