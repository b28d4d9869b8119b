// "Leave this site quickly": without this script the link is a plain link to a neutral site.
// With it, the page is replaced in the history, so Back does not return here. It does not
// erase the history itself; the privacy page says how to.
"use strict";
(function () {
  var link = document.getElementById("leave");
  if (!link) return;
  link.addEventListener("click", function (event) {
    event.preventDefault();
    window.location.replace(link.href);
  });
})();
