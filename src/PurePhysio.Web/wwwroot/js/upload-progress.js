// Upload progress for the media library. Without JavaScript the form posts normally; with it, the same
// post goes through XMLHttpRequest so a progress bar can follow the upload, and the server's answer
// (the next page after a redirect, or the form with its error messages) replaces this page.
(function () {
  'use strict';
  document.querySelectorAll('form[data-upload-progress]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var box = form.querySelector('.upload-progress');
      var bar = box && box.querySelector('progress');
      var text = box && box.querySelector('.upload-progress__text');
      var button = form.querySelector('button[type="submit"]');
      if (box) {
        box.hidden = false;
      }
      if (button) {
        button.disabled = true;
      }
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable || !bar) {
          return;
        }
        var percent = Math.round((e.loaded / e.total) * 100);
        bar.value = percent;
        text.textContent = percent < 100 ? percent + '% sent' : 'Sent. Checking the images…';
      });
      request.addEventListener('load', function () {
        if (request.responseURL && request.responseURL !== form.action) {
          window.location.assign(request.responseURL);
          return;
        }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        if (text) {
          text.textContent = 'The upload did not reach the server. Check the connection and try again.';
        }
        if (button) {
          button.disabled = false;
        }
      });
      request.send(new FormData(form));
    });
  });
})();
