"""Embedded social posts: the text of a post a page shows inside the story, told by its frame.

A page embeds a post with a frame of its own lines: a head naming the account and the platform
("Harbour Club (@harbourclub) · Instagram") over the post's text and a link to the platform, in
one block; or, as Twitter prints it, the text over a signature ("— Harbour Club (@harbourclub)
May 3, 2026"). The frame's lines are furniture by their wording; the text between them is any
sentence at all, so it is told by where it stands, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

_PLATFORM: Final = (
    r"(?:facebook|instagram|x|twitter|youtube|tiktok|threads|bluesky|telegram|linkedin|mastodon)"
)
# "Name (@handle) · Platform": the account and where it posts, strung on a separator.
_POST_HEAD: Final = re.compile(
    rf"[^\W\d].{{0,60}}\(@[\w.]{{1,30}}\)\s*[·|•–—-]\s*{_PLATFORM}", re.IGNORECASE
)
# "— Name (@handle) <date>": the signature under a post's text.
_POST_SIGNATURE: Final = re.compile(r"[—–―-]\s*[^\W\d].{0,80}\(@[\w.]{1,30}\)")
# "A post shared by Name (@handle)": a frame's foot naming the account, in any language.
_POST_FOOT: Final = re.compile(r".{0,80}\(@[\w.]{1,30}\)\W*")
# What a post holds and a story's paragraph does not: a hashtag, a handle, a short link.
_POST_MARK: Final = re.compile(
    r"(?<![\w&])[#@][^\W\d_]\w{1,40}|\bpic\.\w+\.\w+/|\b(?:t\.co|bit\.ly)/"
)
_POST_MAX_CHARS: Final = 300  # a post's text: a tweet is 280 characters at most
_POST_MAX_LINES: Final = 3  # the lines of text a head's block holds under it


def embedded_posts(
    texts: Sequence[str], blocks: Sequence[int], furniture: Sequence[bool]
) -> list[int]:
    """Indices of the lines of embedded posts: each frame's head and the text the frame holds.

    `blocks` is each line's block; `furniture` says whether a rule took the line. The text under
    a head runs to the end of its block (a link to the platform closes it) and holds short lines
    only; the text over a signature (or a foot naming the account: "A post shared by Name
    (@handle)") is the one line before it, opening its block or under furniture, and
    holding a hashtag, a handle or a short link: a story's paragraph over a signature whose
    post the page lost stays.
    """
    found: list[int] = []
    for index, text in enumerate(texts):
        if _POST_HEAD.fullmatch(text):
            body = [at for at in range(index + 1, len(texts)) if blocks[at] == blocks[index]]
            post = [at for at in body if not furniture[at]]
            if (
                post
                and len(post) <= _POST_MAX_LINES
                and all(len(texts[at]) <= _POST_MAX_CHARS for at in post)
            ):
                found.extend([index, *post])
        elif (
            furniture[index]
            and index
            and (_POST_SIGNATURE.match(text) or _POST_FOOT.fullmatch(text))
        ):
            above = index - 1
            opens_block = above == 0 or blocks[above - 1] != blocks[above]
            if (
                not furniture[above]
                and len(texts[above]) <= _POST_MAX_CHARS
                and (opens_block or furniture[above - 1])  # or under the frame's head
                and _POST_MARK.search(texts[above])
            ):
                found.append(above)
    return found
