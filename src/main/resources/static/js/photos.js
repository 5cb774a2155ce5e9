// Shrinks photos before upload: a 12 MB camera photo travels as about 1 MB. Every file input with
// data-shrink in a form is processed when the form is sent; each JPEG/PNG image whose long edge is
// above 2,560 px (or which is above 2 MB) is redrawn at 2,560 px as JPEG. Without scripts, or where
// a browser cannot do it, the originals are sent and the server takes them as they are.
(function () {
  var LONG_EDGE = 2560;
  var QUALITY = 0.85;

  function shrink(file) {
    if (!/^image\/(jpeg|png)$/.test(file.type) || !window.createImageBitmap) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size <= 2 * 1024 * 1024) {
        return file;
      }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) {
            resolve(file);
            return;
          }
          var name = file.name.replace(/\.(png|jpe?g)$/i, '') + '.jpg';
          resolve(new File([blob], name, {type: 'image/jpeg', lastModified: file.lastModified}));
        }, 'image/jpeg', QUALITY);
      });
    }).catch(function () {
      // Not decodable here: the server will name it if it is not an image.
      return file;
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var inputs = form.querySelectorAll('input[type=file][data-shrink]');
    if (form.dataset.shrunk === 'yes' || !window.DataTransfer) {
      return;
    }
    var busy = Array.prototype.some.call(inputs, function (input) { return input.files.length > 0; });
    if (!busy) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter || null;
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    Promise.all(Array.prototype.map.call(inputs, function (input) {
      return Promise.all(Array.prototype.map.call(input.files, shrink)).then(function (files) {
        var transfer = new DataTransfer();
        files.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
      });
    })).then(function () {
      form.dataset.shrunk = 'yes';
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = false; });
      if (submitter && form.requestSubmit) {
        form.requestSubmit(submitter);
      } else {
        form.submit();
      }
    });
  });
})();
