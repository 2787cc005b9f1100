"""The meeting room: my meetings, the live room, votes, speakers, opinion ballots."""
