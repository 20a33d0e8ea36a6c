region = "eu-west-1"
db_password = "fRTys^GQhD#idk"
instance_class = "db.t4g.medium"
