# The actions still open, in meeting order, as `runde actions --open` lists them: each
# actionAdded with the latest word on it applied, its own meeting's actionStatusSet or a later
# meeting's followUpActionSet. Undone events are not left out (the bench's logs have none).
#
#   jq -n -c -f scripts/bench/open-actions.jq TEAM/meetings/*.jsonl [OTHER-TEAM/meetings/*.jsonl …]
#
# Meetings of different teams may share a name, so a meeting is named <team folder>/<log name>.
def meeting: input_filename | split("/") | "\(.[-3])/\(.[-1] | rtrimstr(".jsonl"))";

reduce (inputs | select(.type == "actionAdded" or .type == "actionStatusSet" or .type == "followUpActionSet") | .meeting = meeting) as $e
  ({actions: {}, order: []};
   ($e.meeting | split("/") | .[0]) as $team
   | if $e.type == "actionAdded" then
       "\($e.meeting)#\($e.id)" as $ref
       | .actions[$ref] = ($e | {ref: $ref, meeting, what, who, due, status})
       | .order += [$ref]
     elif $e.type == "actionStatusSet" then .actions["\($e.meeting)#\($e.action)"].status = $e.status
     else .actions["\($team)/\($e.action)"].status = $e.status end)
| .actions as $actions | .order[] | $actions[.] | select(.status == "open")
