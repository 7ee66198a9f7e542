/* SP4N-LAPOR! portal: small progressive enhancements. Every form still works without this file. */
(function () {
  "use strict";

  function byId(id) { return document.getElementById(id); }

  // "Gunakan lokasi saya": fill latitude/longitude from the browser (nothing is sent anywhere else).
  var geo = byId("geo-button");
  if (geo) {
    var status = byId("geo-status");
    geo.addEventListener("click", function () {
      if (!("geolocation" in navigator)) { status.textContent = geo.dataset.msgUnsupported; return; }
      status.textContent = geo.dataset.msgWait;
      geo.disabled = true;
      navigator.geolocation.getCurrentPosition(function (pos) {
        byId("id_latitude").value = pos.coords.latitude.toFixed(6);
        byId("id_longitude").value = pos.coords.longitude.toFixed(6);
        status.textContent = geo.dataset.msgOk;
        geo.disabled = false;
      }, function () {
        status.textContent = geo.dataset.msgDenied;
        geo.disabled = false;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  // A new province empties the district list; htmx refills the regency/city list.
  var province = byId("id_provinsi");
  var district = byId("id_kecamatan");
  function resetDistrict() {
    if (!district) { return; }
    while (district.options.length > 1) { district.remove(1); }
    district.value = "";
  }
  if (province) { province.addEventListener("change", resetDistrict); }

  // Agency search: choosing a suggestion stores its id; typing again forgets the choice.
  var search = byId("id_agency_search");
  var hidden = byId("id_agency_id");
  var box = byId("agency-suggestions");
  var chosen = byId("agency-chosen");
  if (search && hidden && box) {
    search.addEventListener("input", function () {
      hidden.value = "";
      if (chosen) { chosen.hidden = true; }
    });
    box.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-agency-id]");
      if (!button) { return; }
      hidden.value = button.dataset.agencyId;
      search.value = button.dataset.agencyName;
      box.innerHTML = "";
      if (chosen) {
        chosen.querySelector("[data-agency-chosen]").textContent = button.dataset.agencyName;
        chosen.hidden = false;
      }
      search.focus();
    });
  }

  // "Salin tautan" on the thank-you page.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.querySelector(button.dataset.copy);
      if (!source || !navigator.clipboard) { return; }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.dataset.copied;
      });
    });
  });
})();
