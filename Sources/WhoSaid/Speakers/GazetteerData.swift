/// Sovereign states (UN members, observers, Taiwan, Kosovo), one per line:
/// `Country|Capital|capital spellings|demonyms|other names|seats of government and metonyms`.
/// Each list field is comma-separated and may be empty. The capital is the seat of government;
/// constitutional or former capitals are listed among the alternate spellings. Lines starting with `#` are comments.
package enum GazetteerData {
    package static let text = """
    # Country|Capital|capital spellings|demonyms|other names|seats of government and metonyms
    Afghanistan|Kabul|Kaboul|Afghan|Islamic Emirate of Afghanistan|
    Albania|Tirana|Tiranë,Tirane|Albanian|Albanien,Albanie,Shqipëria|
    Algeria|Algiers|Algier,Alger|Algerian|Algerien,Algérie|
    Andorra|Andorra la Vella|Andorre-la-Vieille|Andorran|Andorre|
    Angola|Luanda||Angolan||
    Antigua and Barbuda|St. John's|Saint John's,St John's|Antiguan,Barbudan|Antigua,Antigua und Barbuda,Antigua-et-Barbuda|
    Argentina|Buenos Aires||Argentine,Argentinian|Argentinien,Argentine|Casa Rosada
    Armenia|Yerevan|Erewan,Erevan,Eriwan|Armenian|Armenien,Arménie,Hayastan|
    Australia|Canberra||Australian|Australien,Australie,Commonwealth of Australia|
    Austria|Vienna|Wien,Vienne|Austrian|Österreich,Autriche|Ballhausplatz,Hofburg
    Azerbaijan|Baku|Bakou|Azerbaijani,Azeri|Aserbaidschan,Azerbaïdjan|
    Bahamas|Nassau||Bahamian|The Bahamas|
    Bahrain|Manama||Bahraini|Bahrein,Bahreïn|
    Bangladesh|Dhaka|Dacca|Bangladeshi|Bangladesch|
    Barbados|Bridgetown||Barbadian,Bajan|Barbade|
    Belarus|Minsk||Belarusian,Belarussian,Byelorussian|Weißrussland,Biélorussie,Bélarus,Belorussia|
    Belgium|Brussels|Brüssel,Bruxelles,Brussel|Belgian|Belgien,Belgique,België|
    Belize|Belmopan||Belizean||
    Benin|Cotonou|Porto-Novo|Beninese|Bénin|
    Bhutan|Thimphu|Thimphou|Bhutanese|Bhoutan|
    Bolivia|La Paz|Sucre|Bolivian|Bolivien,Bolivie|Palacio Quemado
    Bosnia and Herzegovina|Sarajevo|Sarajewo|Bosnian|Bosnia,Bosnia-Herzegovina,Bosnien und Herzegowina,Bosnien-Herzegowina,Bosnie-Herzégovine,BiH|
    Botswana|Gaborone||Botswanan,Motswana,Batswana||
    Brazil|Brasília|Brasilia|Brazilian|Brasilien,Brésil,Brasil|Planalto,Planalto Palace,Itamaraty
    Brunei|Bandar Seri Begawan||Bruneian|Brunei Darussalam|
    Bulgaria|Sofia|Sofija|Bulgarian|Bulgarien,Bulgarie|
    Burkina Faso|Ouagadougou|Wagadugu|Burkinabe,Burkinabé|Burkina|
    Burundi|Gitega|Bujumbura|Burundian||
    Cabo Verde|Praia||Cape Verdean,Cabo Verdean|Cape Verde,Kap Verde,Cap-Vert|
    Cambodia|Phnom Penh||Cambodian,Khmer|Kambodscha,Cambodge,Kampuchea|
    Cameroon|Yaoundé|Yaounde,Jaunde|Cameroonian|Kamerun,Cameroun|
    Canada|Ottawa||Canadian|Kanada|Parliament Hill,Rideau Hall
    Central African Republic|Bangui||Central African|CAR,Zentralafrikanische Republik,Centrafrique,République centrafricaine|
    Chad|N'Djamena|Ndjamena,N'Djaména|Chadian|Tschad,Tchad|
    Chile|Santiago|Santiago de Chile,Santiago du Chili|Chilean|Chili|La Moneda
    China|Beijing|Peking,Pékin|Chinese|People's Republic of China,PRC,P.R.C.,Volksrepublik China,Chine,Mainland China|Zhongnanhai,Great Hall of the People
    Colombia|Bogotá|Bogota|Colombian|Kolumbien,Colombie|Casa de Nariño
    Comoros|Moroni||Comoran,Comorian|Komoren,Comores|
    Congo|Brazzaville||Congolese|Republic of the Congo,Congo-Brazzaville,Republik Kongo,République du Congo|
    Democratic Republic of the Congo|Kinshasa||Congolese|DR Congo,DRC,D.R.C.,Congo-Kinshasa,Demokratische Republik Kongo,RDC,République démocratique du Congo|
    Costa Rica|San José|San Jose|Costa Rican||
    Côte d'Ivoire|Abidjan|Yamoussoukro|Ivorian,Ivoirian|Ivory Coast,Elfenbeinküste,Cote d'Ivoire|
    Croatia|Zagreb|Agram|Croatian,Croat|Kroatien,Croatie,Hrvatska|
    Cuba|Havana|Havanna,La Havane,La Habana|Cuban|Kuba|
    Cyprus|Nicosia|Nikosia,Nicosie,Lefkosia|Cypriot|Zypern,Chypre|
    Czech Republic|Prague|Prag,Praha|Czech|Czechia,Tschechien,Tschechische Republik,République tchèque,Tchéquie|Prague Castle
    Denmark|Copenhagen|Kopenhagen,Copenhague,København|Danish,Dane|Dänemark,Danemark,Danmark|Christiansborg
    Djibouti|Djibouti|Dschibuti|Djiboutian|Dschibuti|
    Dominica|Roseau||Dominican|Commonwealth of Dominica,Dominique|
    Dominican Republic|Santo Domingo||Dominican|Dominikanische Republik,République dominicaine|
    Ecuador|Quito||Ecuadorian,Ecuadorean|Équateur|Carondelet,Carondelet Palace
    Egypt|Cairo|Kairo,Le Caire|Egyptian|Ägypten,Égypte,Misr|
    El Salvador|San Salvador||Salvadoran,Salvadorean|Salvador|
    Equatorial Guinea|Malabo||Equatoguinean,Equatorial Guinean|Äquatorialguinea,Guinée équatoriale|
    Eritrea|Asmara|Asmera|Eritrean|Érythrée|
    Estonia|Tallinn|Reval|Estonian|Estland,Estonie,Eesti|Toompea
    Eswatini|Mbabane|Lobamba|Swazi,Liswati|Swaziland,eSwatini|
    Ethiopia|Addis Ababa|Addis Abeba|Ethiopian|Äthiopien,Éthiopie|
    Fiji|Suva||Fijian|Fidschi,Fidji|
    Finland|Helsinki|Helsingfors|Finnish,Finn|Finnland,Finlande,Suomi|
    France|Paris||French|Frankreich,French Republic,République française|Élysée,Elysee,Élysée Palace,Elysee Palace,Quai d'Orsay,Matignon,Hôtel Matignon
    Gabon|Libreville||Gabonese|Gabun|
    Gambia|Banjul||Gambian|The Gambia,Gambie|
    Georgia|Tbilisi|Tiflis,Tbilissi|Georgian|Georgien,Géorgie,Sakartvelo|
    Germany|Berlin||German|Deutschland,Allemagne,Federal Republic of Germany,Bundesrepublik,Bundesrepublik Deutschland|Kanzleramt,Bundeskanzleramt,Chancellery,Auswärtiges Amt,Bundestag
    Ghana|Accra||Ghanaian||Jubilee House
    Greece|Athens|Athen,Athènes,Athina|Greek,Hellenic|Griechenland,Grèce,Hellas|Maximos Mansion
    Grenada|St. George's|Saint George's,St George's|Grenadian|Grenade|
    Guatemala|Guatemala City|Guatemala-Stadt,Ciudad de Guatemala|Guatemalan||
    Guinea|Conakry|Konakry|Guinean|Guinée|
    Guinea-Bissau|Bissau||Bissau-Guinean|Guinée-Bissau|
    Guyana|Georgetown||Guyanese||
    Haiti|Port-au-Prince||Haitian|Haïti|
    Honduras|Tegucigalpa||Honduran||
    Hungary|Budapest||Hungarian|Ungarn,Hongrie,Magyarország|Carmelite Monastery,Sándor Palace
    Iceland|Reykjavík|Reykjavik|Icelandic,Icelander|Island,Islande|
    India|New Delhi|Neu-Delhi,New Delhi,Delhi|Indian|Indien,Inde,Bharat|South Block,Raisina Hill
    Indonesia|Jakarta|Djakarta,Nusantara|Indonesian|Indonesien,Indonésie|
    Iran|Tehran|Teheran,Téhéran|Iranian|Islamic Republic of Iran,Persia,Persien,Perse|
    Iraq|Baghdad|Bagdad|Iraqi|Irak|
    Ireland|Dublin||Irish|Irland,Irlande,Éire,Republic of Ireland|Leinster House
    Israel|Jerusalem|Jérusalem,Tel Aviv|Israeli|Israël,State of Israel|Knesset
    Italy|Rome|Rom,Roma|Italian|Italien,Italie,Italia|Palazzo Chigi,Quirinale,Farnesina
    Jamaica|Kingston||Jamaican|Jamaika,Jamaïque|
    Japan|Tokyo|Tokio|Japanese|Japon,Nippon,Nihon|Kantei
    Jordan|Amman||Jordanian|Jordanien,Jordanie|
    Kazakhstan|Astana|Nur-Sultan,Almaty|Kazakh,Kazakhstani|Kasachstan|Akorda
    Kenya|Nairobi||Kenyan|Kenia|
    Kiribati|Tarawa|South Tarawa|I-Kiribati||
    Kosovo|Pristina|Priština,Prishtina,Prishtinë|Kosovar,Kosovan|Kosova|
    Kuwait|Kuwait City|Kuwait-Stadt,Koweït|Kuwaiti|Koweït|
    Kyrgyzstan|Bishkek|Bischkek,Bichkek|Kyrgyz,Kyrgyzstani|Kirgisistan,Kirghizistan,Kyrgyz Republic|
    Laos|Vientiane||Lao,Laotian|Lao PDR|
    Latvia|Riga||Latvian|Lettland,Lettonie,Latvija|
    Lebanon|Beirut|Beyrouth|Lebanese|Libanon,Liban|Baabda,Grand Serail
    Lesotho|Maseru||Basotho,Mosotho||
    Liberia|Monrovia||Liberian|Libéria|
    Libya|Tripoli|Tripolis|Libyan|Libyen,Libye|
    Liechtenstein|Vaduz||Liechtensteiner||
    Lithuania|Vilnius|Wilna|Lithuanian|Litauen,Lituanie,Lietuva|
    Luxembourg|Luxembourg|Luxemburg|Luxembourgish,Luxembourger|Luxemburg|
    Madagascar|Antananarivo|Tananarive|Malagasy|Madagaskar|
    Malawi|Lilongwe||Malawian||
    Malaysia|Putrajaya|Kuala Lumpur|Malaysian|Malaysie|
    Maldives|Malé|Male|Maldivian|Malediven|
    Mali|Bamako||Malian||
    Malta|Valletta|La Valette|Maltese|Malte|
    Marshall Islands|Majuro||Marshallese|Marshallinseln,Îles Marshall|
    Mauritania|Nouakchott||Mauritanian|Mauretanien,Mauritanie|
    Mauritius|Port Louis|Port-Louis|Mauritian|Maurice|
    Mexico|Mexico City|Mexiko-Stadt,Ciudad de México,Mexico|Mexican|Mexiko,Mexique,México|National Palace,Palacio Nacional,Los Pinos
    Micronesia|Palikir||Micronesian|Federated States of Micronesia,Mikronesien,Micronésie|
    Moldova|Chișinău|Chisinau,Chişinău,Kischinau,Kichinev|Moldovan|Moldau,Moldavie,Republic of Moldova,Moldawien|
    Monaco|Monaco||Monegasque,Monégasque||
    Mongolia|Ulaanbaatar|Ulan Bator,Oulan-Bator|Mongolian|Mongolei,Mongolie|
    Montenegro|Podgorica||Montenegrin|Monténégro,Crna Gora|
    Morocco|Rabat||Moroccan|Marokko,Maroc|
    Mozambique|Maputo||Mozambican|Mosambik|
    Myanmar|Naypyidaw|Nay Pyi Taw,Naypyitaw,Yangon,Rangoon|Burmese,Myanmar|Burma,Birmanie|
    Namibia|Windhoek||Namibian|Namibie|
    Nauru|Yaren||Nauruan||
    Nepal|Kathmandu|Katmandu,Katmandou|Nepali,Nepalese|Népal|
    Netherlands|The Hague|Den Haag,La Haye,Amsterdam|Dutch|Holland,Niederlande,Pays-Bas,Nederland|
    New Zealand|Wellington||New Zealand,Kiwi|Neuseeland,Nouvelle-Zélande,Aotearoa|Beehive
    Nicaragua|Managua||Nicaraguan||
    Niger|Niamey||Nigerien||
    Nigeria|Abuja||Nigerian|Nigéria|Aso Rock,Aso Villa
    North Korea|Pyongyang|Pjöngjang|North Korean|DPRK,Democratic People's Republic of Korea,Nordkorea,Corée du Nord|
    North Macedonia|Skopje|Skopie,Skopié|Macedonian|Macedonia,Nordmazedonien,Macédoine du Nord|
    Norway|Oslo||Norwegian|Norwegen,Norvège,Norge|
    Oman|Muscat|Maskat,Mascate|Omani||
    Pakistan|Islamabad||Pakistani||
    Palau|Ngerulmud|Melekeok|Palauan||
    Palestine|Ramallah|East Jerusalem|Palestinian|State of Palestine,Palästina,Palestinian territories,Palestinian Authority|
    Panama|Panama City|Panama-Stadt,Ciudad de Panamá|Panamanian|Panamá|
    Papua New Guinea|Port Moresby||Papua New Guinean|PNG,Papua-Neuguinea,Papouasie-Nouvelle-Guinée|
    Paraguay|Asunción|Asuncion|Paraguayan||
    Peru|Lima||Peruvian|Pérou,Perú|
    Philippines|Manila|Manille|Philippine,Filipino|Philippinen|Malacañang,Malacanang
    Poland|Warsaw|Warschau,Varsovie,Warszawa|Polish,Pole|Polen,Pologne,Polska|Belweder
    Portugal|Lisbon|Lissabon,Lisbonne,Lisboa|Portuguese||São Bento,Belém Palace
    Qatar|Doha||Qatari|Katar|
    Romania|Bucharest|Bukarest,Bucarest,București|Romanian|Rumänien,Roumanie,România|Cotroceni,Victoria Palace
    Russia|Moscow|Moskau,Moscou,Moskva|Russian|Russland,Russie,Russian Federation,Russische Föderation|Kremlin,the Kremlin
    Rwanda|Kigali||Rwandan|Ruanda|
    Saint Kitts and Nevis|Basseterre||Kittitian,Nevisian|St. Kitts and Nevis,St Kitts and Nevis|
    Saint Lucia|Castries||Saint Lucian|St. Lucia,St Lucia,Sainte-Lucie|
    Saint Vincent and the Grenadines|Kingstown||Vincentian|St. Vincent and the Grenadines,St Vincent and the Grenadines|
    Samoa|Apia||Samoan||
    San Marino|San Marino|Saint-Marin|Sammarinese|Saint-Marin|
    São Tomé and Príncipe|São Tomé|Sao Tome|Santomean|Sao Tome and Principe,São Tomé und Príncipe,Sao Tomé-et-Principe|
    Saudi Arabia|Riyadh|Riad,Riyad|Saudi,Saudi Arabian|Saudi-Arabien,Arabie saoudite,KSA|
    Senegal|Dakar||Senegalese|Sénégal|
    Serbia|Belgrade|Belgrad,Beograd|Serbian,Serb|Serbien,Serbie,Srbija|
    Seychelles|Victoria||Seychellois|Seychellen|
    Sierra Leone|Freetown||Sierra Leonean||
    Singapore|Singapore|Singapur,Singapour|Singaporean|Singapur,Singapour|Istana
    Slovakia|Bratislava|Pressburg|Slovak,Slovakian|Slowakei,Slovaquie,Slovensko|
    Slovenia|Ljubljana|Laibach|Slovenian,Slovene|Slowenien,Slovénie,Slovenija|
    Solomon Islands|Honiara||Solomon Islander|Salomonen,Îles Salomon|
    Somalia|Mogadishu|Mogadischu,Mogadiscio|Somali,Somalian|Somalie|Villa Somalia
    South Africa|Pretoria|Cape Town,Bloemfontein,Kapstadt,Le Cap|South African|Südafrika,Afrique du Sud|Union Buildings
    South Korea|Seoul|Séoul|South Korean,Korean|Republic of Korea,ROK,Südkorea,Corée du Sud,Korea|Blue House,Yongsan
    South Sudan|Juba|Djouba|South Sudanese|Südsudan,Soudan du Sud|
    Spain|Madrid||Spanish,Spaniard|Spanien,Espagne,España|Moncloa,La Moncloa
    Sri Lanka|Colombo|Sri Jayawardenepura Kotte,Kotte|Sri Lankan|Ceylon|
    Sudan|Khartoum|Khartum,Port Sudan|Sudanese|Soudan|
    Suriname|Paramaribo||Surinamese|Surinam|
    Sweden|Stockholm||Swedish,Swede|Schweden,Suède,Sverige|Rosenbad
    Switzerland|Bern|Berne|Swiss|Schweiz,Suisse,Svizzera,Swiss Confederation|Federal Palace,Bundeshaus
    Syria|Damascus|Damaskus,Damas|Syrian|Syrien,Syrie|
    Taiwan|Taipei|Taipeh,Taïpei|Taiwanese|Republic of China,ROC,Chinese Taipei|
    Tajikistan|Dushanbe|Duschanbe,Douchanbé|Tajik,Tajikistani|Tadschikistan,Tadjikistan|
    Tanzania|Dodoma|Dar es Salaam,Daressalam|Tanzanian|Tansania,Tanzanie|
    Thailand|Bangkok||Thai|Thaïlande,Siam|Government House
    Timor-Leste|Dili||Timorese,East Timorese|East Timor,Osttimor,Timor oriental|
    Togo|Lomé|Lome|Togolese||
    Tonga|Nukuʻalofa|Nuku'alofa,Nukualofa|Tongan||
    Trinidad and Tobago|Port of Spain|Port-of-Spain|Trinidadian,Tobagonian|Trinidad,Trinidad und Tobago,Trinité-et-Tobago|
    Tunisia|Tunis||Tunisian|Tunesien,Tunisie|Carthage,Carthage Palace
    Turkey|Ankara||Turkish,Turk|Türkiye,Türkei,Turquie|
    Turkmenistan|Ashgabat|Aschgabat,Achgabat,Ashkhabad|Turkmen|Turkménistan|
    Tuvalu|Funafuti||Tuvaluan||
    Uganda|Kampala||Ugandan|Ouganda|
    Ukraine|Kyiv|Kiew,Kiev,Kyjiw,Kiyv|Ukrainian|Ukraina|Bankova
    United Arab Emirates|Abu Dhabi|Abou Dhabi|Emirati|UAE,U.A.E.,Emirates,Vereinigte Arabische Emirate,Émirats arabes unis,VAE,EAU|
    United Kingdom|London|Londres|British,Briton|UK,U.K.,Britain,Great Britain,Großbritannien,Vereinigtes Königreich,Royaume-Uni,Grande-Bretagne|Downing Street,Number 10,No 10,Whitehall,Foreign Office
    United States|Washington|Washington D.C.,Washington DC|American,U.S.,US|USA,U.S.A.,U.S.,US,United States of America,America,Vereinigte Staaten,États-Unis,Etats-Unis|White House,Pentagon,State Department,Oval Office,Capitol Hill
    Uruguay|Montevideo||Uruguayan||
    Uzbekistan|Tashkent|Taschkent,Tachkent|Uzbek,Uzbekistani|Usbekistan,Ouzbékistan|
    Vanuatu|Port Vila|Port-Vila|Ni-Vanuatu||
    Vatican City|Vatican City|Vatikanstadt,Cité du Vatican,Città del Vaticano|Vatican|Holy See,Vatican,Heiliger Stuhl,Vatikan,Saint-Siège|Apostolic Palace
    Venezuela|Caracas||Venezuelan|Vénézuela|Miraflores,Miraflores Palace
    Vietnam|Hanoi|Hanoï,Hà Nội|Vietnamese|Viet Nam|
    Yemen|Sanaa|Sana'a,Sana,Aden|Yemeni|Jemen,Yémen|
    Zambia|Lusaka||Zambian|Sambia,Zambie|
    Zimbabwe|Harare||Zimbabwean|Simbabwe|
    """
}
